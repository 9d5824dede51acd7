import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Select,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatchingDialogStyles } from './MatchingDialog.styles';
import type { MentorChoice } from './matching-people';

/**
 * Another mentor for a mentee (or a first one for a mentee left unpaired): the choice becomes a
 * lock, and the matching runs again around it.
 */
export function SwapDialog({
  menteeName,
  replacing,
  choices,
  onChoose,
  onClose,
}: {
  menteeName: string;
  /** True when the mentee has a proposed mentor now. */
  replacing: boolean;
  choices: MentorChoice[];
  onChoose: (mentorAadId: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const styles = useMatchingDialogStyles();
  const [mentor, setMentor] = useState(choices[0]?.aadId ?? '');
  const describe = (choice: MentorChoice) =>
    [
      choice.displayName,
      [choice.jobTitle, choice.department].filter(Boolean).join(', '),
      t('matching.swap.load', { count: choice.load }),
    ]
      .filter(Boolean)
      .join(' · ');
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>
            {t(replacing ? 'matching.swap.title' : 'matching.swap.titleNew', { mentee: menteeName })}
          </DialogTitle>
          <DialogContent className={styles.content}>
            <Body1 as="p" className={styles.text}>
              {t('matching.swap.intro', { mentee: menteeName })}
            </Body1>
            {choices.length === 0 ? (
              <Body1 as="p" className={styles.text}>
                {t('matching.swap.none')}
              </Body1>
            ) : (
              <Field label={t('matching.swap.mentor')}>
                <Select value={mentor} onChange={(_, data) => setMentor(data.value)}>
                  {choices.map((choice) => (
                    <option key={choice.aadId} value={choice.aadId}>
                      {describe(choice)}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              {t('forms.cancel')}
            </Button>
            <Button appearance="primary" disabled={!mentor} onClick={() => onChoose(mentor)}>
              {t('matching.swap.confirm')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
