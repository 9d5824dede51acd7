import { DateTime } from 'luxon';
import type { Locale } from '../pairing/score/types';
import { SCHEDULING_MESSAGES } from './catalogues';
import type { SlotResult } from './types';

export interface ExplainedPerson {
  name: string;
  timeZone: string;
}

const localDate = (at: Date, zone: string, locale: Locale) =>
  DateTime.fromJSDate(at, { zone }).setLocale(locale).toFormat('cccc d LLLL yyyy');
const localTime = (at: Date, zone: string) => DateTime.fromJSDate(at, { zone }).toFormat('HH:mm');

/**
 * The slot finder's answer in words, for the admin console and the bot: the slot in each person's
 * own time and what counted for or against it, or why there is no slot. `people` follows the
 * order given to `findSlot`.
 */
export function explainSlot(result: SlotResult, people: readonly ExplainedPerson[], locale: Locale): string {
  const t = SCHEDULING_MESSAGES[locale];
  if (!result.ok) {
    switch (result.reason) {
      case 'no_common_working_hours':
        return t.noCommonWorkingHours({
          common: t.duration(result.detail.commonWorkingMinutes),
          duration: t.duration(result.detail.durationMinutes),
        });
      case 'calendars_full_in_window':
        return t.calendarsFull({
          common: t.duration(result.detail.commonWorkingMinutes),
          longestFree: t.duration(result.detail.longestFreeMinutes),
          duration: t.duration(result.detail.durationMinutes),
        });
      case 'window_in_past': {
        const zone = people[0]?.timeZone ?? 'utc';
        // The window ends at midnight: its last day is the one before.
        const lastDay = new Date(result.detail.windowEnd.getTime() - 1);
        return t.windowInPast({ windowEnd: localDate(lastDay, zone, locale) });
      }
    }
  }
  const times = t.list(
    people.map((p) =>
      t.localSlot({
        name: p.name,
        date: localDate(result.start, p.timeZone, locale),
        from: localTime(result.start, p.timeZone),
        to: localTime(result.end, p.timeZone),
        timeZone: p.timeZone,
      }),
    ),
  );
  const reasons = result.reasons.map((r) =>
    t.reason({
      code: r.code,
      name: r.person === undefined ? '' : (people[r.person]?.name ?? ''),
      days: r.days ?? 0,
    }),
  );
  return [t.slotFound({ times, score: result.score }), ...reasons].join(t.separator);
}
