import { useTranslation } from 'react-i18next';
import type { RecruitmentStatsDto } from '../api/programme-api';

type Balance = RecruitmentStatsDto['balance'];

/** One sentence on whether the approved mentors' places cover the approved mentees. */
export function useBalanceSentence(): (balance: Balance) => { text: string; enough: boolean | null } {
  const { t } = useTranslation();
  return ({ mentees, mentorSlots }) => {
    if (mentees === 0 && mentorSlots === 0) return { text: t('volunteers.balance.none'), enough: null };
    const places = t('volunteers.balance.places', { count: mentorSlots });
    const people = t('volunteers.balance.mentees', { count: mentees });
    if (mentorSlots >= mentees) {
      return { text: t('volunteers.balance.enough', { places, mentees: people }), enough: true };
    }
    return {
      text: t('volunteers.balance.short', { places, mentees: people, count: mentees - mentorSlots }),
      enough: false,
    };
  };
}
