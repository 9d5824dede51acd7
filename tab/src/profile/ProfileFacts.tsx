import { Badge, Card, CardHeader, Persona } from '@fluentui/react-components';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeDto } from '../../../api/src/contract';
import { useProfileFactsStyles } from './ProfileFacts.styles';

/** The directory's facts about the signed-in person, as Binôme sees them. */
export function ProfileFacts({ me }: { me: MeDto }) {
  const { t, i18n } = useTranslation();
  const styles = useProfileFactsStyles();
  const { person } = me;
  const languageName = (code: string) => {
    try {
      return new Intl.DisplayNames(i18n.resolvedLanguage, { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  const facts: [string, string | null][] = [
    [t('mySpace.jobTitle'), person.jobTitle],
    [t('mySpace.department'), person.department],
    [t('mySpace.office'), person.officeLocation],
    [t('mySpace.timeZone'), person.timeZone],
    [t('mySpace.language'), person.preferredLanguage && languageName(person.preferredLanguage)],
  ];
  return (
    <Card className={styles.card}>
      <CardHeader
        header={
          <Persona
            className={styles.persona}
            name={person.displayName}
            primaryText={{ className: styles.wrap }}
            secondaryText={{ children: person.mail ?? person.userPrincipalName, className: styles.wrap }}
            avatar={{ color: 'colorful' }}
            size="large"
          />
        }
      />
      <dl className={styles.facts}>
        {facts
          .filter((fact): fact is [string, string] => Boolean(fact[1]))
          .map(([term, value]) => (
            <Fragment key={term}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.detail}>{value}</dd>
            </Fragment>
          ))}
        {me.roles.length > 0 && (
          <>
            <dt className={styles.term}>{t('mySpace.roles')}</dt>
            <dd className={styles.detail}>
              {me.roles.map((role) => (
                <Badge key={role} appearance="outline" shape="rounded">
                  {t(`programmes.role.${role}`)}
                </Badge>
              ))}
            </dd>
          </>
        )}
      </dl>
    </Card>
  );
}
