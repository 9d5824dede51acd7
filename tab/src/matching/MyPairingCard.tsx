import { Avatar, Badge, Link } from '@fluentui/react-components';
import { MailRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalised } from '../programmes/use-localised';
import { reasonsOf } from './explanation';
import { useMyPairingsStyles } from './MyPairings.styles';
import type { MyPairingDto } from './matching-api';

/** One of the person's pairs: who the partner is, how to reach them, and why they were paired. */
export function MyPairingCard({ pairing }: { pairing: MyPairingDto }) {
  const { t, i18n } = useTranslation();
  const styles = useMyPairingsStyles();
  const localised = useLocalised();
  const whyId = useId();
  const { partner } = pairing;
  const day = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium' });
  const job = [partner.jobTitle, partner.department].filter(Boolean).join(' · ');
  return (
    <li className={styles.card}>
      <div className={styles.person}>
        <Avatar name={partner.displayName} color="colorful" size={48} aria-hidden />
        <div className={styles.who}>
          <span className={styles.context}>
            {t(`matching.mine.role.${pairing.myRole}`, { programme: pairing.programmeName })}
          </span>
          <h3 className={styles.name}>{partner.displayName}</h3>
          {job && <span className={styles.job}>{job}</span>}
        </div>
      </div>
      <div>
        {pairing.status !== 'active' ? (
          <Badge appearance="tint" color="informative">
            {t(`matching.mine.status.${pairing.status}`)}
          </Badge>
        ) : (
          pairing.approvedAt && (
            <span className={styles.context}>
              {t('matching.mine.since', { date: day.format(new Date(pairing.approvedAt)) })}
            </span>
          )
        )}
      </div>
      {partner.mail && (
        <Link className={styles.mail} href={`mailto:${partner.mail}`}>
          <MailRegular aria-hidden />
          {partner.mail}
        </Link>
      )}
      <section aria-labelledby={whyId}>
        <h4 id={whyId} className={styles.whyTitle}>
          {t('matching.mine.why')}
        </h4>
        <ul className={styles.reasons}>
          {reasonsOf(localised(pairing.why)).map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </section>
    </li>
  );
}
