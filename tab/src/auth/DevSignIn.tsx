import {
  Avatar,
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
} from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoPersonaDto } from '../../../api/src/contract';
import { requestJson } from '../api/http';
import { LoadingState } from '../common/LoadingState';
import { Page } from '../common/Page';
import { PageSection } from '../common/PageSection';
import { ProblemBar } from '../common/ProblemBar';
import { useDevSignInStyles } from './DevSignIn.styles';

export interface DevSignInProps {
  onSignIn: (upn: string) => void;
  /** The UPN being signed in, while its token is requested. */
  pendingUpn: string | null;
  error: unknown;
  /** The remembered person could not be signed in again. */
  sessionLost: boolean;
}

/** Demo mode only: be any employee of the demo tenant, starting with the four personas. */
export function DevSignIn({ onSignIn, pendingUpn, error, sessionLost }: DevSignInProps) {
  const { t } = useTranslation();
  const styles = useDevSignInStyles();
  const [upn, setUpn] = useState('');
  const [missing, setMissing] = useState(false);
  const people = useQuery({
    queryKey: ['demo-people'],
    queryFn: () => requestJson<{ personas: DemoPersonaDto[] }>('/_demo/people'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const domain = people.data?.personas[0]?.userPrincipalName.split('@')[1];
  const busy = pendingUpn !== null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = upn.trim();
    setMissing(typed === '');
    if (typed) onSignIn(typed);
  };

  return (
    <Page title={t('signIn.title')} lead={t('signIn.intro')}>
      <Caption1 className={styles.notice}>{t('signIn.notice')}</Caption1>
      {sessionLost && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('auth.sessionLost')}</MessageBarBody>
        </MessageBar>
      )}
      {error !== null && <ProblemBar error={error} />}
      <PageSection title={t('signIn.personasHeading')}>
        {people.isPending && <LoadingState label={t('signIn.loadingPeople')} />}
        {people.isError && <ProblemBar error={people.error} onRetry={() => void people.refetch()} />}
        {people.isSuccess && (
          <ul className={styles.personas}>
            {people.data.personas.map((persona) => (
              <li key={persona.userPrincipalName}>
                <Button
                  className={styles.persona}
                  data-persona={persona.persona}
                  disabledFocusable={busy}
                  onClick={() => onSignIn(persona.userPrincipalName)}
                >
                  <Avatar name={persona.displayName} color="colorful" size={40} aria-hidden />
                  <span className={styles.personaText}>
                    <span className={styles.personaName}>{persona.displayName}</span>
                    <span className={styles.personaRole}>{t(`persona.${persona.persona}`)}</span>
                    <span className={styles.personaJob}>
                      {[persona.jobTitle, persona.department].filter(Boolean).join(' · ')}
                    </span>
                  </span>
                  {pendingUpn === persona.userPrincipalName && (
                    <Spinner size="tiny" aria-label={t('signIn.signingIn')} />
                  )}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </PageSection>
      <PageSection title={t('signIn.otherHeading')}>
        <Body1 as="p" className={styles.text}>
          {t('signIn.otherIntro')}
        </Body1>
        <form className={styles.form} onSubmit={submit} noValidate>
          <Field
            className={styles.field}
            label={t('signIn.upnLabel')}
            validationState={missing ? 'error' : 'none'}
            validationMessage={missing ? t('signIn.upnRequired') : undefined}
          >
            <Input
              value={upn}
              onChange={(_, data) => setUpn(data.value)}
              placeholder={domain ? t('signIn.upnPlaceholder', { domain }) : undefined}
              autoComplete="username"
              inputMode="email"
              spellCheck={false}
            />
          </Field>
          <Button type="submit" appearance="primary" disabledFocusable={busy}>
            {busy && pendingUpn === upn.trim() ? t('signIn.signingIn') : t('signIn.submit')}
          </Button>
        </form>
      </PageSection>
    </Page>
  );
}
