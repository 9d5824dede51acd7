import { DateTime } from 'luxon';
import type { FeedbackRequest } from '../../../api/src/app/ports/feedback';
import type { SessionWithPair } from '../../../api/src/app/ports/sessions';
import type { BotLanguage } from '../i18n';
import { sidesOf, zoneOf } from './my-sessions';

/** “Tuesday 9 February 2027, 10:00 (Europe/Paris)” in the zone and language given. */
export function localDateTimeText(at: Date, zone: string, language: BotLanguage): string {
  const shown = zoneOf(zone);
  return `${DateTime.fromJSDate(at, { zone: shown }).setLocale(language).toFormat('cccc d LLLL yyyy, HH:mm')} (${shown})`;
}

/** “Tuesday 9 February 2027” in the zone and language given. */
export function localDateText(at: Date, zone: string, language: BotLanguage): string {
  return DateTime.fromJSDate(at, { zone: zoneOf(zone) })
    .setLocale(language)
    .toFormat('cccc d LLLL yyyy');
}

/** What the feedback job sends about a session, rebuilt from the session for a card sent again. */
export function feedbackRequestOf(
  s: SessionWithPair,
  aadId: string,
  programmeZone?: string,
): FeedbackRequest {
  const { me, partner } = sidesOf(s, aadId);
  return {
    sessionId: s.id,
    programmeName: s.programmeName,
    number: s.number,
    of: s.seriesLength,
    theme: s.theme.label,
    objective: s.theme.objective,
    partnerName: partner.displayName,
    // Cards are only shown for sessions that have started; the words of one that has not are not shown.
    startsAt: s.startsAt ?? new Date(0),
    timeZone: zoneOf(me.timeZone, programmeZone),
  };
}

/** The words every feedback sentence and card may use, in the person's language and zone. */
// A type rather than an interface, so it fills `{name}` placeholders as it is.
export type FeedbackWords = {
  sessionId: string;
  number: number;
  of: number;
  theme: string;
  objective: string;
  partner: string;
  programme: string;
  when: string;
  zone: string;
};

export function feedbackWords(request: FeedbackRequest, language: BotLanguage): FeedbackWords {
  return {
    sessionId: request.sessionId,
    number: request.number,
    of: Math.max(request.of, request.number),
    theme: request.theme[language],
    objective: request.objective[language],
    partner: request.partnerName,
    programme: request.programmeName,
    when: localDateTimeText(request.startsAt, request.timeZone, language),
    zone: zoneOf(request.timeZone),
  };
}
