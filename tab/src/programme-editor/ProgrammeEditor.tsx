import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type ProgrammeDto, programmeInput } from '../../../api/src/contract';
import { programmeApi } from '../api/programme-api';
import { programmeKeys } from '../api/programme-queries';
import { queryKeys } from '../api/queries';
import { useSession } from '../auth/session-context';
import { ProblemBar } from '../common/ProblemBar';
import { type FieldErrors, fieldErrorsFromIssues, fieldErrorsFromProblem } from '../forms/field-errors';
import { CharterFields } from './CharterFields';
import { EligibilityFields } from './EligibilityFields';
import { GeneralFields } from './GeneralFields';
import { LifecycleBar } from './LifecycleBar';
import { ObjectivesEditor } from './ObjectivesEditor';
import { PeopleFields } from './PeopleFields';
import { useProgrammeEditorStyles } from './ProgrammeEditor.styles';
import {
  emptyProgrammeForm,
  type PersonChoice,
  PROGRAMME_FIELD_MESSAGES,
  type ProgrammeForm,
  programmeFormOf,
  programmeInputOf,
} from './programme-form';
import { SessionSettingsFields } from './SessionSettingsFields';
import { SessionThemesEditor } from './SessionThemesEditor';
import { SkillsEditor } from './SkillsEditor';

/**
 * Creates a programme (`programme` null) or edits one. Checks the fields with the same schema as
 * the service before sending, and shows the service's own field errors where they belong.
 */
export function ProgrammeEditor({
  programme,
  creator,
  timeZone,
  created = false,
}: {
  programme: ProgrammeDto | null;
  creator: PersonChoice;
  /** The creator's own zone, proposed for a new programme. */
  timeZone?: string | undefined;
  created?: boolean;
}) {
  const { t } = useTranslation();
  const styles = useProgrammeEditorStyles();
  const { api } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const creating = programme === null;
  const [form, setForm] = useState<ProgrammeForm>(() =>
    programme ? programmeFormOf(programme) : emptyProgrammeForm(creator, timeZone),
  );
  const [baseline, setBaseline] = useState(() => JSON.stringify(programmeInputOf(form, { creating })));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const [welcome, setWelcome] = useState(created);
  const formRef = useRef<HTMLFormElement>(null);
  const dirty = useMemo(
    () => JSON.stringify(programmeInputOf(form, { creating })) !== baseline,
    [form, baseline, creating],
  );

  const save = useMutation({
    mutationFn: (body: ReturnType<typeof programmeInputOf>) =>
      programme ? programmeApi.update(api, programme.id, body) : programmeApi.create(api, body),
    onSuccess: (result) => {
      queryClient.setQueryData(programmeKeys.programme(result.id), result);
      void queryClient.invalidateQueries({ queryKey: queryKeys.programmes });
      if (creating) {
        void navigate(`/admin/programmes/${result.id}`, { replace: true, state: { created: true } });
        return;
      }
      const next = programmeFormOf(result);
      setForm(next);
      setBaseline(JSON.stringify(programmeInputOf(next, { creating: false })));
      setSaved(true);
    },
    onError: (error) => setErrors(fieldErrorsFromProblem(error, t, PROGRAMME_FIELD_MESSAGES)),
  });

  // After a refused save, take keyboard and screen-reader users to the first field to fix.
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const change = (patch: Partial<ProgrammeForm>) => {
    setForm((current) => ({ ...current, ...patch }));
    setSaved(false);
    setWelcome(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = programmeInputOf(form, { creating });
    const checked = programmeInput.safeParse(body);
    if (!checked.success) {
      setErrors(fieldErrorsFromIssues(checked.error.issues, t, PROGRAMME_FIELD_MESSAGES));
      return;
    }
    setErrors({});
    save.mutate(body);
  };

  const parts = { form, onChange: change, errors };
  const invalid = Object.keys(errors).length > 0;
  return (
    <form ref={formRef} className={styles.form} onSubmit={submit} noValidate>
      {programme && <LifecycleBar programme={programme} dirty={dirty} />}
      {welcome && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('editor.created')}</MessageBarTitle>
            {t('editor.createdNext')}
          </MessageBarBody>
        </MessageBar>
      )}
      <GeneralFields {...parts} />
      <ObjectivesEditor {...parts} />
      <SkillsEditor {...parts} creating={creating} />
      <CharterFields {...parts} creating={creating} />
      <EligibilityFields form={form} onChange={change} />
      <PeopleFields {...parts} />
      <SessionSettingsFields {...parts} />
      <SessionThemesEditor {...parts} creating={creating} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" icon={<SaveRegular />} disabled={save.isPending}>
          {save.isPending ? t('editor.saving') : creating ? t('editor.create') : t('editor.save')}
        </Button>
        <Button appearance="secondary" onClick={() => void navigate('/admin')}>
          {t('editor.back')}
        </Button>
        <span role="status">
          {saved && !dirty && t('editor.saved')}
          {dirty && !invalid && t('editor.unsaved')}
        </span>
      </div>
      {invalid && !save.isError && (
        <MessageBar intent="error">
          <MessageBarBody>{t('editor.fixFields')}</MessageBarBody>
        </MessageBar>
      )}
      {save.isError && <ProblemBar error={save.error} />}
    </form>
  );
}
