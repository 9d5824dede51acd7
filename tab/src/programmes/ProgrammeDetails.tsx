import { Body1, Tag, TagGroup } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDto } from '../../../api/src/contract';
import { useProgrammeCardStyles } from './ProgrammeCard.styles';
import { StatusBadge } from './StatusBadge';
import { useLocalised } from './use-localised';
import { useProgrammeFormat } from './use-programme-format';

/** What a volunteer wants to know before signing up: status, dates, rhythm, skills. */
export function ProgrammeDetails({ programme }: { programme: ProgrammeDto }) {
  const { t } = useTranslation();
  const styles = useProgrammeCardStyles();
  const format = useProgrammeFormat();
  const localised = useLocalised();
  return (
    <>
      {programme.description && (
        <Body1 as="p" className={styles.description}>
          {programme.description}
        </Body1>
      )}
      <dl className={styles.facts}>
        <dt className={styles.term}>{t('admin.status')}</dt>
        <dd className={styles.detail}>
          <StatusBadge status={programme.status} />
        </dd>
        <dt className={styles.term}>{t('programmes.dates')}</dt>
        <dd className={styles.detail}>{format.dates(programme)}</dd>
        <dt className={styles.term}>{t('programmes.rhythm')}</dt>
        <dd className={styles.detail}>{format.rhythm(programme)}</dd>
        {programme.skills.length > 0 && (
          <>
            <dt className={styles.term}>{t('editor.skills.title')}</dt>
            <dd className={styles.detail}>
              <TagGroup aria-label={t('editor.skills.title')} className={styles.detail}>
                {programme.skills.map((skill) => (
                  <Tag key={skill.id} size="small" shape="rounded" appearance="outline">
                    {localised(skill.label)}
                  </Tag>
                ))}
              </TagGroup>
            </dd>
          </>
        )}
      </dl>
    </>
  );
}
