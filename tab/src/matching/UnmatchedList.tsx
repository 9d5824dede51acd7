import { Badge, Body1, Button } from '@fluentui/react-components';
import { PersonAddRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useLocalised } from '../programmes/use-localised';
import { useMatchingListStyles } from './MatchingList.styles';
import type { UnmatchedDto } from './matching-api';

/** Who is left without a partner and why; a mentee can be given a mentor by hand. */
export function UnmatchedList({
  people,
  busy,
  onChooseMentor,
}: {
  people: UnmatchedDto[];
  busy: boolean;
  onChooseMentor: (person: UnmatchedDto) => void;
}) {
  const { t } = useTranslation();
  const styles = useMatchingListStyles();
  const localised = useLocalised();
  if (people.length === 0) {
    return (
      <Body1 as="p" className={styles.text}>
        {t('matching.unmatched.none')}
      </Body1>
    );
  }
  return (
    <ul className={styles.list} aria-label={t('matching.unmatched.label')}>
      {people.map((person) => (
        <li key={person.aadId} className={styles.item}>
          <div className={styles.main}>
            <div className={styles.heading}>
              <span className={styles.name}>{person.displayName}</span>
              <Badge appearance="outline" color="informative">
                {t(`programmes.role.${person.role}`)}
              </Badge>
            </div>
            <p className={styles.secondary}>{localised(person.explanation)}</p>
          </div>
          {person.role === 'mentee' && (
            <Button
              size="small"
              icon={<PersonAddRegular />}
              disabled={busy}
              aria-label={t('matching.swap.pairWithFor', { mentee: person.displayName })}
              onClick={() => onChooseMentor(person)}
            >
              {t('matching.swap.pairWith')}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
