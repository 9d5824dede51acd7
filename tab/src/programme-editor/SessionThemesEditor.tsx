import { Body1, Button } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../forms/FormSection';
import type { EditorPartProps } from './editor-props';
import { useProgrammeEditorStyles } from './ProgrammeEditor.styles';
import { moveRow } from './rows';
import { newThemeRow, type ThemeRow } from './session-themes-form';
import { ThemeRowEditor } from './ThemeRowEditor';

const MAX_THEMES = 24;

/**
 * The programme's curriculum: one theme per session, in order, each with its objective and agenda
 * in both languages. Rows open to edit; a row with an error opens by itself.
 */
export function SessionThemesEditor({
  form,
  onChange,
  errors,
  creating,
}: EditorPartProps & { creating: boolean }) {
  const { t } = useTranslation();
  const styles = useProgrammeEditorStyles();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [moved, setMoved] = useState<{ key: string; by: -1 | 1; text: string } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const themes = form.themes;

  // Keep the keyboard on the button just used, wherever its row went (or on its twin at an end).
  useEffect(() => {
    if (!moved) return;
    const row = listRef.current?.querySelector(`[data-theme="${moved.key}"]`);
    const same = row?.querySelector<HTMLButtonElement>(`[data-move="${moved.by}"]:not([disabled])`);
    const other = row?.querySelector<HTMLButtonElement>(`[data-move="${-moved.by}"]`);
    (same ?? other)?.focus();
  }, [moved]);

  const update = (key: string, patch: Partial<ThemeRow>) =>
    onChange({ themes: themes.map((row) => (row.key === key ? { ...row, ...patch } : row)) });
  const toggle = (key: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const move = (row: ThemeRow, by: -1 | 1) => {
    const next = moveRow(themes, row.key, by);
    onChange({ themes: next });
    const position = next.findIndex((r) => r.key === row.key) + 1;
    setMoved({
      key: row.key,
      by,
      text: t('editor.themes.moved', { name: row.en || row.fr || position, position }),
    });
  };
  const add = () => {
    const row = newThemeRow();
    onChange({ themes: [...themes, row] });
    setOpen((current) => new Set(current).add(row.key));
  };

  return (
    <FormSection title={t('editor.themes.title')} description={t('editor.themes.intro')}>
      {themes.length === 0 && (
        <Body1 as="p" className={styles.muted}>
          {creating ? t('editor.themes.defaults') : t('editor.themes.empty')}
        </Body1>
      )}
      {themes.length > 0 && (
        <ol ref={listRef} className={styles.rows}>
          {themes.map((row, index) => (
            <ThemeRowEditor
              key={row.key}
              row={row}
              index={index}
              count={themes.length}
              errors={errors}
              open={open.has(row.key)}
              onToggle={() => toggle(row.key)}
              onChange={(patch) => update(row.key, patch)}
              onMove={(by) => move(row, by)}
              onRemove={() => onChange({ themes: themes.filter((r) => r.key !== row.key) })}
            />
          ))}
        </ol>
      )}
      {errors.sessionThemes && (
        <Body1 as="p" role="alert" className={styles.muted}>
          {errors.sessionThemes}
        </Body1>
      )}
      <span className={styles.muted} role="status">
        {moved?.text}
      </span>
      <Button
        className={styles.addButton}
        icon={<AddRegular />}
        disabled={themes.length >= MAX_THEMES}
        onClick={add}
      >
        {t('editor.themes.add')}
      </Button>
    </FormSection>
  );
}
