import { Button, Field, Input, Select } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useDashboardFiltersStyles } from './DashboardFilters.styles';
import type { DashboardQuery } from './dashboard-api';

/** Narrows every figure to one department and a period (inclusive dates in the programme's zone). */
export function DashboardFilters({
  filters,
  departments,
  onChange,
}: {
  filters: DashboardQuery;
  departments: string[];
  onChange: (filters: DashboardQuery) => void;
}) {
  const { t } = useTranslation();
  const styles = useDashboardFiltersStyles();
  const set = (key: keyof DashboardQuery) => (_: unknown, data: { value: string }) =>
    onChange({ ...filters, [key]: data.value || undefined });
  const any = Object.values(filters).some(Boolean);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a toolbar of filters, not a form to submit
    <div className={styles.filters} role="group" aria-label={t('dashboard.filters.label')}>
      <Field label={t('dashboard.filters.department')}>
        <Select value={filters.department ?? ''} onChange={set('department')}>
          <option value="">{t('dashboard.filters.allDepartments')}</option>
          {departments.map((department) => (
            <option key={department} value={department}>
              {department}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('dashboard.filters.from')}>
        <Input type="date" value={filters.from ?? ''} max={filters.to} onChange={set('from')} />
      </Field>
      <Field label={t('dashboard.filters.to')}>
        <Input type="date" value={filters.to ?? ''} min={filters.from} onChange={set('to')} />
      </Field>
      {any && (
        <div>
          <Button icon={<DismissRegular />} onClick={() => onChange({})}>
            {t('dashboard.filters.clear')}
          </Button>
        </div>
      )}
    </div>
  );
}
