import { Button, Caption1, Field, Input, Textarea } from '@fluentui/react-components';
import {
  ArrowDownRegular,
  ArrowUpRegular,
  ChevronDownRegular,
  ChevronRightRegular,
  DeleteRegular,
} from '@fluentui/react-icons';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorAt, type FieldErrors, fieldState } from '../forms/field-errors';
import { useLocalised } from '../programmes/use-localised';
import { linesOf } from '../sessions/agenda-form';
import { useProgrammeEditorStyles } from './ProgrammeEditor.styles';
import type { ThemeRow } from './session-themes-form';

/** One session theme: a header to open it, move it or remove it, and its fields in both languages. */
export function ThemeRowEditor({
  row,
  index,
  count,
  errors,
  open,
  onToggle,
  onChange,
  onMove,
  onRemove,
}: {
  row: ThemeRow;
  index: number;
  count: number;
  errors: FieldErrors;
  open: boolean;
  onToggle: () => void;
  onChange: (patch: Partial<ThemeRow>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const styles = useProgrammeEditorStyles();
  const localised = useLocalised();
  const fieldsId = useId();
  const path = `sessionThemes.${index}`;
  const labelError = errors[`${path}.label`] ?? errors[`${path}.id`];
  const objectiveError = errors[`${path}.objective`];
  const agendaFr = errorAt(errors, `${path}.agenda.fr`, { nested: true });
  const agendaEn = errorAt(errors, `${path}.agenda.en`, { nested: true });
  // A row with something to fix is shown open, whatever the person chose.
  const expanded = open || Boolean(labelError || objectiveError || agendaFr || agendaEn);
  const number = index + 1;
  const name = localised({ fr: row.fr, en: row.en }) || t('editor.themes.untitled');
  const items = Math.max(linesOf(row.agendaFr).length, linesOf(row.agendaEn).length);
  return (
    <li data-theme={row.key} className={styles.theme}>
      <div className={styles.themeHead}>
        <Button
          appearance="subtle"
          className={styles.themeToggle}
          icon={expanded ? <ChevronDownRegular /> : <ChevronRightRegular />}
          aria-expanded={expanded}
          aria-controls={expanded ? fieldsId : undefined}
          onClick={onToggle}
        >
          <span className={styles.themeName}>
            {t('editor.themes.row', { number })} · {name}
          </span>
          <Caption1 className={styles.muted}>{t('editor.themes.items', { count: items })}</Caption1>
        </Button>
        <div className={styles.themeActions}>
          <Button
            appearance="subtle"
            icon={<ArrowUpRegular />}
            data-move="-1"
            disabled={index === 0}
            aria-label={t('editor.themes.up', { name })}
            onClick={() => onMove(-1)}
          />
          <Button
            appearance="subtle"
            icon={<ArrowDownRegular />}
            data-move="1"
            disabled={index === count - 1}
            aria-label={t('editor.themes.down', { name })}
            onClick={() => onMove(1)}
          />
          <Button
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={t('editor.themes.remove', { name })}
            onClick={onRemove}
          />
        </div>
      </div>
      {expanded && (
        <fieldset id={fieldsId} className={styles.themeFields}>
          <legend className={styles.hiddenLegend}>{t('editor.themes.row', { number })}</legend>
          <Field label={t('editor.labelFr')} {...fieldState(labelError)}>
            <Input lang="fr" value={row.fr} maxLength={200} onChange={(_, d) => onChange({ fr: d.value })} />
          </Field>
          <Field label={t('editor.labelEn')} {...fieldState(labelError)}>
            <Input lang="en" value={row.en} maxLength={200} onChange={(_, d) => onChange({ en: d.value })} />
          </Field>
          <Field label={t('editor.themes.objectiveFr')} {...fieldState(objectiveError)}>
            <Textarea
              lang="fr"
              value={row.objectiveFr}
              resize="vertical"
              onChange={(_, d) => onChange({ objectiveFr: d.value })}
            />
          </Field>
          <Field label={t('editor.themes.objectiveEn')} {...fieldState(objectiveError)}>
            <Textarea
              lang="en"
              value={row.objectiveEn}
              resize="vertical"
              onChange={(_, d) => onChange({ objectiveEn: d.value })}
            />
          </Field>
          <Field
            label={t('editor.themes.agendaFr')}
            hint={t('editor.themes.linesHint')}
            {...fieldState(agendaFr)}
          >
            <Textarea
              lang="fr"
              rows={5}
              value={row.agendaFr}
              resize="vertical"
              onChange={(_, d) => onChange({ agendaFr: d.value })}
            />
          </Field>
          <Field
            label={t('editor.themes.agendaEn')}
            hint={t('editor.themes.linesHint')}
            {...fieldState(agendaEn)}
          >
            <Textarea
              lang="en"
              rows={5}
              value={row.agendaEn}
              resize="vertical"
              onChange={(_, d) => onChange({ agendaEn: d.value })}
            />
          </Field>
        </fieldset>
      )}
    </li>
  );
}
