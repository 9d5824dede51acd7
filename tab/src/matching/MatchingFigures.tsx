import { Badge, Text, Tooltip } from '@fluentui/react-components';
import { CheckmarkStarburstRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useMatchingFiguresStyles } from './MatchingFigures.styles';
import type { MatchingDto, MatchingFiguresDto } from './matching-api';
import { mentorsUsed } from './matching-people';

/** The last run in figures: mentees paired, mentors used, total score, proof and timing. */
export function MatchingFigures({
  view,
  figures,
  ranAt,
}: {
  view: MatchingDto;
  figures: MatchingFiguresDto;
  ranAt: string | null;
}) {
  const { t, i18n } = useTranslation();
  const styles = useMatchingFiguresStyles();
  const language = i18n.resolvedLanguage;
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const tiles: [string, string][] = [
    [
      t('matching.figures.paired'),
      t('matching.figures.pairedValue', { paired: figures.paired, mentees: figures.mentees }),
    ],
    [
      t('matching.figures.mentors'),
      t('matching.figures.mentorsValue', { used: mentorsUsed(view), mentors: figures.mentors }),
    ],
    [t('matching.figures.score'), number.format(figures.total)],
  ];
  return (
    <div className={styles.root}>
      <ul className={styles.tiles} aria-label={t('matching.figures.label')}>
        {tiles.map(([label, value]) => (
          <li key={label} className={styles.tile}>
            <Text className={styles.value}>{value}</Text>
            <Text className={styles.label}>{label}</Text>
          </li>
        ))}
      </ul>
      <div className={styles.meta}>
        {figures.optimal ? (
          <Tooltip content={t('matching.figures.optimalHint')} relationship="description">
            <Badge appearance="tint" color="success" icon={<CheckmarkStarburstRegular />} tabIndex={0}>
              {t('matching.figures.optimal')}
            </Badge>
          </Tooltip>
        ) : (
          <Badge appearance="tint" color="warning">
            {t('matching.figures.notProved')}
          </Badge>
        )}
        <span>{t('matching.figures.time', { ms: number.format(figures.ms) })}</span>
        {ranAt && <span>{t('matching.figures.ranAt', { date: when.format(new Date(ranAt)) })}</span>}
      </div>
    </div>
  );
}
