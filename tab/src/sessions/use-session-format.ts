import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { languageOf, type UiLanguage } from '../i18n/i18n';
import type { SessionDto } from './session-api';
import { isKnownZone, sameClock } from './wall-time';

export interface SessionFormat {
  language: UiLanguage;
  zone: string;
  /** "Tuesday 12 January 2027" in the zone. */
  day(iso: string): string;
  /** "Tue 12 Jan 2027": the day for tables. */
  shortDay(iso: string): string;
  /** "14:00 – 15:00" in `zone` (the format's own by default). */
  hours(session: Pick<SessionDto, 'startsAt' | 'endsAt'>, zone?: string): string;
  /** "12 Jan 2027, 14:00": a moment, for messages and tables. */
  instant(iso: string): string;
  /** The day and hours, or the window while the session has no time yet. */
  when(session: Pick<SessionDto, 'startsAt' | 'endsAt' | 'window'>): string;
  /** "Central European Time": the zone as people call it. */
  zoneName(zone?: string): string;
  /** Whether another zone shows the session at other hours than the format's zone. */
  differs(session: Pick<SessionDto, 'startsAt'>, zone: string | null): zone is string;
}

/** A calendar date (`2027-01-15`) is a day, not an instant: read and shown in UTC so no zone shifts it. */
const dayOf = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** Session dates and hours written with Intl in the UI language, in the given zone. */
export function useSessionFormat(zone: string): SessionFormat {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: zone });
    const instant = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: zone,
    });
    const shortDay = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: zone,
    });
    const days = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const hoursIn = (where: string) =>
      new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: where });
    const hours = hoursIn(zone);
    const zoneName = (where: string) =>
      new Intl.DateTimeFormat(locale, { timeZone: where, timeZoneName: 'longGeneric' })
        .formatToParts(new Date())
        .find((part) => part.type === 'timeZoneName')?.value ?? where;
    const format: SessionFormat = {
      language: languageOf(locale),
      zone,
      day: (iso) => day.format(new Date(iso)),
      shortDay: (iso) => shortDay.format(new Date(iso)),
      hours: ({ startsAt, endsAt }, where = zone) => {
        if (!startsAt) return '';
        const formatter = where === zone ? hours : hoursIn(where);
        return endsAt
          ? formatter.formatRange(new Date(startsAt), new Date(endsAt))
          : formatter.format(new Date(startsAt));
      },
      instant: (iso) => instant.format(new Date(iso)),
      when: (session) =>
        session.startsAt
          ? t('sessions.at', { day: day.format(new Date(session.startsAt)), hours: format.hours(session) })
          : t('sessions.window', {
              range: days.formatRange(dayOf(session.window.from), dayOf(session.window.to)),
            }),
      zoneName: (where = zone) => zoneName(where),
      differs: (session, other): other is string =>
        Boolean(
          session.startsAt && isKnownZone(other) && !sameClock(new Date(session.startsAt), zone, other),
        ),
    };
    return format;
  }, [locale, zone, t]);
}
