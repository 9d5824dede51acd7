import { Body1, Checkbox, Field, Link } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDto } from '../../../api/src/contract';
import { FormSection } from '../forms/FormSection';
import { fieldState } from '../forms/field-errors';
import { useLocalised } from '../programmes/use-localised';
import { useApplicationFormStyles } from './ApplicationForm.styles';
import type { ApplicationPartProps } from './form-props';

const DATA_USES = ['profile', 'calendar', 'feedback', 'sharing'] as const;

/** The programme's trust charter and Binôme's data-use notice, each read and accepted. */
export function ConsentFields({
  form,
  onChange,
  errors,
  charter,
}: ApplicationPartProps & { charter: ProgrammeDto['charter'] }) {
  const { t } = useTranslation();
  const styles = useApplicationFormStyles();
  const localised = useLocalised();
  const charterId = useId();
  return (
    <>
      <FormSection title={t('apply.charter.title')} description={t('apply.charter.intro')}>
        <section
          id={charterId}
          className={styles.charter}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable text must be reachable by keyboard
          tabIndex={0}
          aria-label={t('apply.charter.text')}
        >
          {localised(charter) || t('apply.charter.missing')}
        </section>
        <Field required {...fieldState(errors.charterAccepted)}>
          <Checkbox
            label={t('apply.charter.accept')}
            checked={form.charterAccepted}
            onChange={(_, data) => onChange({ charterAccepted: data.checked === true })}
          />
        </Field>
      </FormSection>
      <FormSection title={t('apply.dataUse.title')}>
        <div>
          <Body1 as="p" className={styles.notice}>
            {t('apply.dataUse.intro')}
          </Body1>
          <ul className={styles.noticeList}>
            {DATA_USES.map((use) => (
              <li key={use}>
                <Body1>{t(`apply.dataUse.${use}`)}</Body1>
              </li>
            ))}
          </ul>
        </div>
        <Body1 as="p" className={styles.notice}>
          <Link href="/privacy" target="_blank" rel="noopener">
            {t('apply.dataUse.privacy')}
          </Link>
        </Body1>
        <Field required {...fieldState(errors.dataUseAccepted)}>
          <Checkbox
            label={t('apply.dataUse.accept')}
            checked={form.dataUseAccepted}
            onChange={(_, data) => onChange({ dataUseAccepted: data.checked === true })}
          />
        </Field>
      </FormSection>
    </>
  );
}
