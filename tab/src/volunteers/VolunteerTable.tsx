import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationDto, ProgrammeDto } from '../../../api/src/contract';
import type { ReviewDecision } from '../api/programme-api';
import { ApplicationFacts } from '../application/ApplicationFacts';
import { ApplicationStatusBadge } from './ApplicationStatusBadge';
import { decisionsFor } from './review';
import { useVolunteerTableStyles } from './VolunteerTable.styles';

const COLUMNS = 6;

/** The volunteers, one row each, unfolding to their application; review actions while reviewing. */
export function VolunteerTable({
  applications,
  programme,
  onReview,
}: {
  applications: ApplicationDto[];
  programme: ProgrammeDto;
  onReview: (application: ApplicationDto, decision: ReviewDecision) => void;
}) {
  const { t, i18n } = useTranslation();
  const styles = useVolunteerTableStyles();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const reviewing = programme.status === 'recruiting' || programme.status === 'matching';
  const day = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium' });
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className={styles.scroller} aria-label={t('volunteers.table')} tabIndex={0}>
      <Table className={styles.table} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.expandColumn}>
              <span className={styles.hidden}>{t('volunteers.columns.details')}</span>
            </TableHeaderCell>
            <TableHeaderCell>{t('volunteers.columns.person')}</TableHeaderCell>
            <TableHeaderCell>{t('volunteers.columns.role')}</TableHeaderCell>
            <TableHeaderCell>{t('volunteers.department')}</TableHeaderCell>
            <TableHeaderCell>{t('volunteers.columns.status')}</TableHeaderCell>
            <TableHeaderCell>{t('volunteers.columns.actions')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {applications.map((application) => {
            const expanded = open.has(application.id);
            const detailsId = `application-${application.id}`;
            const name = application.person.displayName;
            const decisions = reviewing ? decisionsFor(application.status) : [];
            return (
              <Fragment key={application.id}>
                <TableRow>
                  <TableCell>
                    <Button
                      appearance="subtle"
                      size="small"
                      icon={expanded ? <ChevronDownRegular /> : <ChevronRightRegular />}
                      aria-expanded={expanded}
                      aria-controls={expanded ? detailsId : undefined}
                      aria-label={t('volunteers.details', { name })}
                      onClick={() => toggle(application.id)}
                    />
                  </TableCell>
                  <TableCell>
                    <div className={styles.person}>
                      <span className={styles.name}>{name}</span>
                      {application.person.jobTitle && (
                        <span className={styles.secondary}>{application.person.jobTitle}</span>
                      )}
                    </div>
                  </TableCell>
                  <TableCell>{t(`programmes.role.${application.role}`)}</TableCell>
                  <TableCell>{application.person.department ?? t('volunteers.noDepartment')}</TableCell>
                  <TableCell>
                    <ApplicationStatusBadge status={application.status} />
                  </TableCell>
                  <TableCell>
                    <div className={styles.actions}>
                      {decisions.map((decision) => (
                        <Button
                          key={decision}
                          size="small"
                          appearance={decision === 'approve' ? 'primary' : 'secondary'}
                          aria-label={t(`volunteers.review.actionFor.${decision}`, { name })}
                          onClick={() => onReview(application, decision)}
                        >
                          {t(`volunteers.review.action.${decision}`)}
                        </Button>
                      ))}
                    </div>
                  </TableCell>
                </TableRow>
                {expanded && (
                  <TableRow id={detailsId}>
                    <TableCell colSpan={COLUMNS} className={styles.details}>
                      <ApplicationFacts
                        application={application}
                        catalogue={programme.skills}
                        before={[
                          [t('mySpace.office'), application.person.officeLocation ?? '—'],
                          [t('volunteers.manager'), application.person.managerName ?? '—'],
                        ]}
                        after={[
                          [
                            t('volunteers.source.label'),
                            t(`volunteers.source.${application.source}`, {
                              date: day.format(new Date(application.createdAt)),
                            }),
                          ],
                          ...(application.reviewMessage
                            ? [
                                [t('application.reviewMessage'), application.reviewMessage] as [
                                  string,
                                  string,
                                ],
                              ]
                            : []),
                        ]}
                      />
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            );
          })}
        </TableBody>
      </Table>
    </section>
  );
}
