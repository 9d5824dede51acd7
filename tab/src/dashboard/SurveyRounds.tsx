import {
  Badge,
  Button,
  Field,
  Select,
  SpinButton,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { SendRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../common/EmptyState';
import { LoadingState } from '../common/LoadingState';
import { ProblemBar } from '../common/ProblemBar';
import { useDashboardFiltersStyles } from './DashboardFilters.styles';
import type { SurveyKind } from './dashboard-api';
import { useOpenSurvey, useSurveyRounds } from './dashboard-queries';
import { useFollowUpStyles } from './FollowUp.styles';
import { answerShare, isOpen, surveyKindsFor } from './survey-rounds';
import { useFigureFormat } from './use-figure-format';

/** Admins open a pulse, post or closing survey (the bot sends it) and follow how many answered. */
export function SurveyRounds({ programmeId, status }: { programmeId: string; status: string }) {
  const { t } = useTranslation();
  const styles = useFollowUpStyles();
  const formStyles = useDashboardFiltersStyles();
  const format = useFigureFormat();
  const rounds = useSurveyRounds(programmeId);
  const open = useOpenSurvey(programmeId);
  const kinds = surveyKindsFor(status);
  const [kind, setKind] = useState<SurveyKind | ''>('');
  const [days, setDays] = useState(14);
  const chosen = kind || kinds[0];
  const now = new Date();

  return (
    <>
      {kinds.length === 0 ? (
        <p className={styles.secondary}>
          {t('dashboard.surveys.notNow', { status: t(`programmes.status.${status}`) })}
        </p>
      ) : (
        // biome-ignore lint/a11y/useSemanticElements: a short row of fields with one action
        <div className={formStyles.filters} role="group" aria-label={t('dashboard.surveys.openLabel')}>
          <Field label={t('dashboard.surveys.kind')}>
            <Select value={chosen} onChange={(_, data) => setKind(data.value as SurveyKind)}>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {t(`dashboard.surveys.kinds.${k}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('dashboard.surveys.closesIn')} hint={t('dashboard.surveys.closesInHint')}>
            <SpinButton
              value={days}
              min={1}
              max={60}
              onChange={(_, data) => {
                const next = data.value ?? Number(data.displayValue);
                if (Number.isInteger(next)) setDays(Math.min(60, Math.max(1, next as number)));
              }}
            />
          </Field>
          <div>
            <Button
              appearance="primary"
              icon={<SendRegular />}
              disabled={open.isPending || !chosen}
              onClick={() => chosen && open.mutate({ kind: chosen, closesInDays: days })}
            >
              {t('dashboard.surveys.open')}
            </Button>
          </div>
        </div>
      )}
      <p className={styles.secondary} role="status">
        {open.isSuccess
          ? t('dashboard.surveys.opened', {
              kind: t(`dashboard.surveys.kinds.${open.data.kind}`),
              date: format.date(open.data.closesAt),
            })
          : ''}
      </p>
      {open.isError && <ProblemBar error={open.error} />}
      {rounds.isPending && <LoadingState label={t('dashboard.surveys.loading')} />}
      {rounds.isError && <ProblemBar error={rounds.error} onRetry={() => void rounds.refetch()} />}
      {rounds.isSuccess && rounds.data.items.length === 0 && (
        <EmptyState title={t('dashboard.surveys.noneTitle')}>{t('dashboard.surveys.none')}</EmptyState>
      )}
      {rounds.isSuccess && rounds.data.items.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className={styles.scroller} aria-label={t('dashboard.surveys.table')} tabIndex={0}>
          <Table className={styles.table} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('dashboard.surveys.kind')}</TableHeaderCell>
                <TableHeaderCell>{t('dashboard.surveys.openedOn')}</TableHeaderCell>
                <TableHeaderCell>{t('dashboard.surveys.closesOn')}</TableHeaderCell>
                <TableHeaderCell>{t('dashboard.surveys.answers')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rounds.data.items.map((round) => {
                const share = answerShare(round);
                return (
                  <TableRow key={`${round.kind}-${round.openedAt}`}>
                    <TableCell>
                      {t(`dashboard.surveys.kinds.${round.kind}`)}{' '}
                      {isOpen(round, now) && (
                        <Badge appearance="tint" color="brand" shape="rounded">
                          {t('dashboard.surveys.isOpen')}
                        </Badge>
                      )}
                    </TableCell>
                    <TableCell>{format.date(round.openedAt)}</TableCell>
                    <TableCell>{format.date(round.closesAt)}</TableCell>
                    <TableCell>
                      {share === null
                        ? t('dashboard.surveys.answersOnly', { count: round.answers })
                        : t('dashboard.surveys.answersOf', {
                            count: round.answers,
                            sent: round.sent,
                            share: format.percent(share),
                          })}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </section>
      )}
    </>
  );
}
