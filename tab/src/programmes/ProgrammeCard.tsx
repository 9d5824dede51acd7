import { Badge, Body1, Button, Card, CardFooter, CardHeader } from '@fluentui/react-components';
import { DataBarVerticalRegular, HandWaveRegular, OpenRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { ProgrammeSummaryDto } from '../../../api/src/contract';
import { useProgrammeCardStyles } from './ProgrammeCard.styles';
import { StatusBadge } from './StatusBadge';
import { useProgrammeFormat } from './use-programme-format';

export function ProgrammeCard({
  programme,
  headingLevel = 'h3',
}: {
  programme: ProgrammeSummaryDto;
  headingLevel?: 'h2' | 'h3';
}) {
  const { t } = useTranslation();
  const styles = useProgrammeCardStyles();
  const format = useProgrammeFormat();
  const Heading = headingLevel;
  return (
    <Card className={styles.card}>
      <CardHeader
        header={<Heading className={styles.name}>{programme.name}</Heading>}
        action={<StatusBadge status={programme.status} />}
      />
      {programme.description && (
        <Body1 as="p" className={styles.description}>
          {programme.description}
        </Body1>
      )}
      <dl className={styles.facts}>
        <dt className={styles.term}>{t('programmes.dates')}</dt>
        <dd className={styles.detail}>{format.dates(programme)}</dd>
        <dt className={styles.term}>{t('programmes.rhythm')}</dt>
        <dd className={styles.detail}>{format.rhythm(programme)}</dd>
        <dt className={styles.term}>{t('programmes.myRoles')}</dt>
        <dd className={styles.detail}>
          {programme.myRoles.length === 0
            ? t('programmes.noRole')
            : programme.myRoles.map((role) => (
                <Badge key={role} appearance="outline" shape="rounded">
                  {t(`programmes.role.${role}`)}
                </Badge>
              ))}
        </dd>
      </dl>
      <CardFooter className={styles.footer}>
        {programme.status === 'recruiting' && (
          <Button
            as="a"
            appearance="primary"
            icon={<HandWaveRegular />}
            href={`#/programmes/${programme.id}/apply`}
            aria-label={t('programmes.volunteerFor', { name: programme.name })}
          >
            {t('programmes.volunteer')}
          </Button>
        )}
        {(programme.myRoles.includes('sponsor') || programme.myRoles.includes('admin')) &&
          programme.status !== 'draft' && (
            <Button
              as="a"
              icon={<DataBarVerticalRegular />}
              href={`#/programmes/${programme.id}/dashboard`}
              aria-label={t('dashboard.openNamed', { name: programme.name })}
            >
              {t('dashboard.open')}
            </Button>
          )}
        <Button
          as="a"
          icon={<OpenRegular />}
          href={`#/programmes/${programme.id}`}
          aria-label={t('programmes.openNamed', { name: programme.name })}
        >
          {t('programmes.open')}
        </Button>
      </CardFooter>
    </Card>
  );
}
