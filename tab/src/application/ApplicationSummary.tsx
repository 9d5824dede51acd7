import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { CheckmarkRegular, EditRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDto } from '../../../api/src/contract';
import { FormSection } from '../forms/FormSection';
import { ApplicationFacts } from './ApplicationFacts';
import { useApplicationFormStyles } from './ApplicationForm.styles';
import type { ApplicationForm } from './application-form';

/** The answers read back before sending, with a way back to change them. */
export function ApplicationSummary({
  form,
  programme,
  sending,
  onConfirm,
  onEdit,
}: {
  form: ApplicationForm;
  programme: ProgrammeDto;
  sending: boolean;
  onConfirm: () => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const styles = useApplicationFormStyles();
  return (
    <div className={styles.form}>
      <FormSection title={t('apply.summary.title')} description={t('apply.summary.intro')}>
        <ApplicationFacts
          application={{
            role: form.role ?? 'mentee',
            skills: form.skills,
            goals: form.goals,
            availability: { days: form.days, dayparts: form.dayparts },
            languages: form.languages,
            capacity: form.capacity,
          }}
          catalogue={programme.skills}
        />
        <MessageBar intent="info">
          <MessageBarBody>{t('apply.summary.accepted')}</MessageBarBody>
        </MessageBar>
      </FormSection>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<CheckmarkRegular />} disabled={sending} onClick={onConfirm}>
          {sending ? t('apply.sending') : t('apply.confirm')}
        </Button>
        <Button appearance="secondary" icon={<EditRegular />} disabled={sending} onClick={onEdit}>
          {t('apply.edit')}
        </Button>
      </div>
    </div>
  );
}
