import { Body1, Field, Input } from '@fluentui/react-components';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import { FormDialog } from '../common/FormDialog';
import { useLocalised } from '../programmes/use-localised';
import { useSessionDialogStyles } from './SessionDialog.styles';
import { SessionProblemBar } from './SessionProblemBar';
import type { SessionDto, SessionPersonDto } from './session-api';
import { useReschedule } from './session-queries';
import { useSessionFormat } from './use-session-format';
import { fromWallTime, toWallTime } from './wall-time';

/** Where the field starts: the session's current time, else 10:00 on its target day. */
function initialValue(session: SessionDto, zone: string): string {
  if (session.startsAt) return toWallTime(new Date(session.startsAt), zone);
  return `${session.window.target}T10:00`;
}

/**
 * A time a person picks in their own zone; the service checks it against both calendars and
 * working hours, and says why when it does not suit.
 */
export function ChooseTimeDialog({
  session,
  zone,
  partner,
  onClose,
  onMoved,
}: {
  session: SessionDto;
  zone: string;
  partner: SessionPersonDto | null;
  onClose: () => void;
  onMoved: (session: SessionDto) => void;
}) {
  const { t } = useTranslation();
  const styles = useSessionDialogStyles();
  const localised = useLocalised();
  const format = useSessionFormat(zone);
  const [value, setValue] = useState(() => initialValue(session, zone));
  const [fieldError, setFieldError] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const reschedule = useReschedule();

  const start = fromWallTime(value, zone);
  const end = start ? new Date(start.getTime() + session.durationMinutes * 60_000) : null;
  const chosen = start && end ? { startsAt: start.toISOString(), endsAt: end.toISOString() } : null;
  const refusedAsPast =
    reschedule.error instanceof ApiError && reschedule.error.problem.code === 'start_in_past';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !start
      ? t('sessions.choose.required')
      : start.getTime() <= Date.now()
        ? t('sessions.choose.past')
        : null;
    setFieldError(problem);
    if (problem || !start) {
      field.current?.focus();
      return;
    }
    reschedule.mutate(
      { id: session.id, startsAt: start.toISOString() },
      {
        onSuccess: (moved) => {
          onMoved(moved);
          onClose();
        },
      },
    );
  };
  const error = fieldError ?? (refusedAsPast ? t('sessions.choose.past') : null);

  return (
    <FormDialog
      title={t('sessions.choose.title', { number: session.number, theme: localised(session.label) })}
      busy={reschedule.isPending}
      onClose={onClose}
      onSubmit={submit}
      surfaceClassName={styles.surface}
      contentClassName={styles.content}
      closeLabel={t('forms.cancel')}
      submitLabel={t('sessions.choose.confirm')}
      busyLabel={t('sessions.choose.checking')}
    >
      <Body1 as="p" className={styles.text}>
        {t('sessions.choose.intro', { minutes: session.durationMinutes })}
      </Body1>
      <Field
        label={t('sessions.choose.label', { zone: format.zoneName() })}
        required
        hint={chosen ? format.when({ ...chosen, window: session.window }) : undefined}
        validationState={error ? 'error' : 'none'}
        validationMessage={error ?? undefined}
      >
        <Input
          ref={field}
          type="datetime-local"
          value={value}
          min={toWallTime(new Date(), zone)}
          onChange={(_, data) => {
            setValue(data.value);
            setFieldError(null);
          }}
        />
      </Field>
      {chosen && partner && format.differs(chosen, partner.timeZone) && (
        <Body1 as="p" className={styles.note}>
          {t('sessions.partnerTime', {
            name: partner.displayName,
            hours: format.hours(chosen, partner.timeZone),
            zone: format.zoneName(partner.timeZone),
          })}
        </Body1>
      )}
      {reschedule.isError && !refusedAsPast && <SessionProblemBar error={reschedule.error} />}
    </FormDialog>
  );
}
