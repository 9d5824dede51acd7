import { Badge, Body1, Button } from '@fluentui/react-components';
import { DismissCircleRegular, LockClosedRegular, ProhibitedRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useMatchingListStyles } from './MatchingList.styles';
import type { PairingRuleDto } from './matching-api';
import { PairNames } from './PairNames';

/** The admin's locks and bans, each removable (the matching then runs again). */
export function RuleList({
  rules,
  nameOf,
  busy,
  onRemove,
}: {
  rules: PairingRuleDto[];
  nameOf: (aadId: string) => string;
  busy: boolean;
  onRemove: (rule: PairingRuleDto) => void;
}) {
  const { t } = useTranslation();
  const styles = useMatchingListStyles();
  if (rules.length === 0) {
    return (
      <Body1 as="p" className={styles.text}>
        {t('matching.rules.none')}
      </Body1>
    );
  }
  return (
    <ul className={styles.list} aria-label={t('matching.rules.label')}>
      {rules.map((rule) => {
        const names = { mentee: nameOf(rule.menteeAadId), mentor: nameOf(rule.mentorAadId) };
        const kind = t(`matching.rules.kind.${rule.kind}`);
        return (
          <li key={`${rule.kind}-${rule.menteeAadId}-${rule.mentorAadId}`} className={styles.item}>
            <div className={styles.heading}>
              <Badge
                appearance="tint"
                color={rule.kind === 'lock' ? 'brand' : 'danger'}
                icon={rule.kind === 'lock' ? <LockClosedRegular /> : <ProhibitedRegular />}
              >
                {kind}
              </Badge>
              <PairNames {...names} />
            </div>
            <Button
              size="small"
              icon={<DismissCircleRegular />}
              disabled={busy}
              aria-label={t('matching.rules.removeFor', { kind, ...names })}
              onClick={() => onRemove(rule)}
            >
              {t('matching.rules.remove')}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
