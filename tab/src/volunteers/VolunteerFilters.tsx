import { Button, Field, Select } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { ApplicationFiltersDto } from '../api/programme-api';
import { useVolunteerFiltersStyles } from './VolunteerFilters.styles';

const ROLES = ['mentor', 'mentee'] as const;
const STATUSES = ['applied', 'approved', 'waitlisted', 'declined', 'withdrawn', 'paired'] as const;
const LANGUAGES = ['fr', 'en'] as const;

/** Narrows the volunteers by role, status, department and language; "All" clears one filter. */
export function VolunteerFilters({
  filters,
  departments,
  onChange,
}: {
  filters: ApplicationFiltersDto;
  departments: string[];
  onChange: (filters: ApplicationFiltersDto) => void;
}) {
  const { t } = useTranslation();
  const styles = useVolunteerFiltersStyles();
  const set = (key: keyof ApplicationFiltersDto) => (_: unknown, data: { value: string }) =>
    onChange({ ...filters, [key]: data.value || undefined });
  const any = Object.values(filters).some(Boolean);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a toolbar of filters, not a form to submit
    <div className={styles.filters} role="group" aria-label={t('volunteers.filters.label')}>
      <Field label={t('volunteers.filters.role')}>
        <Select value={filters.role ?? ''} onChange={set('role')}>
          <option value="">{t('volunteers.filters.all')}</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`programmes.role.${role}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('volunteers.filters.status')}>
        <Select value={filters.status ?? ''} onChange={set('status')}>
          <option value="">{t('volunteers.filters.all')}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`application.status.${status}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('volunteers.filters.department')}>
        <Select value={filters.department ?? ''} onChange={set('department')}>
          <option value="">{t('volunteers.filters.all')}</option>
          {departments.map((department) => (
            <option key={department} value={department}>
              {department}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('volunteers.filters.language')}>
        <Select value={filters.language ?? ''} onChange={set('language')}>
          <option value="">{t('volunteers.filters.all')}</option>
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`language.${language}`)}
            </option>
          ))}
        </Select>
      </Field>
      {any && (
        <Button appearance="subtle" icon={<DismissRegular />} onClick={() => onChange({})}>
          {t('volunteers.filters.clear')}
        </Button>
      )}
    </div>
  );
}
