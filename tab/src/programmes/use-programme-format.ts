import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeSummaryDto } from '../../../api/src/contract';

/** Calendar dates (`2027-01-15`) are days, not instants: read and shown in UTC so no zone shifts them. */
function dayOf(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

export interface ProgrammeFormat {
  dates(programme: Pick<ProgrammeSummaryDto, 'startsOn' | 'endsOn'>): string;
  rhythm(programme: Pick<ProgrammeSummaryDto, 'cadence' | 'sessionCount' | 'sessionMinutes'>): string;
}

/** Dates, cadence and durations written with Intl in the UI language. */
export function useProgrammeFormat(): ProgrammeFormat {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    const minutes = new Intl.NumberFormat(language, { style: 'unit', unit: 'minute', unitDisplay: 'short' });
    return {
      dates({ startsOn, endsOn }) {
        if (startsOn && endsOn) return day.formatRange(dayOf(startsOn), dayOf(endsOn));
        if (startsOn) return t('programmes.startsOn', { date: day.format(dayOf(startsOn)) });
        if (endsOn) return t('programmes.endsOn', { date: day.format(dayOf(endsOn)) });
        return t('programmes.noDates');
      },
      rhythm({ cadence, sessionCount, sessionMinutes }) {
        const sessions = t('programmes.sessions', {
          count: sessionCount,
          duration: minutes.format(sessionMinutes),
        });
        return `${t(`programmes.cadence.${cadence}`)} · ${sessions}`;
      },
    };
  }, [language, t]);
}
