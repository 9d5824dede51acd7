import { DateTime } from 'luxon';
import { createRandom, type Random } from '../directory/seed/prng';
import type { CalendarPerson } from './directory-port';
import { publicHoliday } from './holidays';
import { type SeededKind, seededMeetingKinds, texts } from './seeded-texts';
import { toIana } from './time-zones';

export type FreeBusyStatus = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';

/** One seeded meeting: never stored, recomputed from (seed, person, day) whenever asked. */
export interface SeededItem {
  id: string;
  seriesMasterId: string | null;
  iCalUId: string;
  subject: string;
  location: string;
  start: Date;
  end: Date;
  showAs: FreeBusyStatus;
  isAllDay: boolean;
  isPrivate: boolean;
  isOnlineMeeting: boolean;
  categories: string[];
}

/** About six months of seeded calendar from the epoch. */
export const SEEDED_HORIZON_DAYS = 183;
const SEEDED_ID_PREFIX = 'AAMkAGRlbW8A';
const SLOT = 30;

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const randomFor = (...parts: Array<string | number>): Random => createRandom(hash(parts.join('|')));
const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** Seeded ids carry what is needed to recompute the item, so GET /events/{id} needs no storage. */
export function seededEventId(userId: string, date: string, index: number): string {
  return `${SEEDED_ID_PREFIX}${encode(`${userId}|${date}|${index}`)}`;
}

export function decodeSeededEventId(id: string): { userId: string; date: string; index: number } | undefined {
  if (!id.startsWith(SEEDED_ID_PREFIX)) return undefined;
  const [userId, date, index] = Buffer.from(id.slice(SEEDED_ID_PREFIX.length), 'base64url')
    .toString('utf8')
    .split('|');
  if (!userId || !date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !index || !/^\d+$/.test(index))
    return undefined;
  return { userId, date, index: Number(index) };
}

const minutes = (timeOfDay: string) => {
  const [h, m] = timeOfDay.split(':');
  return Number(h) * 60 + Number(m);
};

const isFrench = (person: CalendarPerson) => (person.country ?? 'FR') === 'FR';

/** Whole weeks of leave: French staff take three weeks in August, others two in July–August, some at Christmas. */
function onLeave(seed: number, person: CalendarPerson, day: DateTime): boolean {
  const r = randomFor(seed, person.id, 'leave', day.year);
  const firstMonday = (month: number) => {
    const first = DateTime.fromObject({ year: day.year, month, day: 1 }, { zone: day.zone });
    return first.plus({ days: (8 - first.weekday) % 7 });
  };
  const summerStart = isFrench(person)
    ? firstMonday(8).plus({ weeks: r.int(0, 1) })
    : firstMonday(7).plus({ weeks: r.int(0, 6) });
  const summerEnd = summerStart.plus({ weeks: isFrench(person) ? 3 : 2 });
  if (day >= summerStart && day < summerEnd) return true;
  const christmas = r.chance(0.5);
  if (christmas && day.month === 12 && day.day >= 22) return true;
  const springWeek = r.chance(0.4) ? firstMonday(r.int(2, 5)).plus({ weeks: r.int(0, 3) }) : undefined;
  return springWeek !== undefined && day >= springWeek && day < springWeek.plus({ weeks: 1 });
}

interface Draft {
  kind: SeededKind | 'holiday' | 'leave' | 'dayOff';
  startMin: number;
  durationMin: number;
  showAs: FreeBusyStatus;
  subject: string;
  location: string;
  isPrivate?: boolean;
  isAllDay?: boolean;
  series?: string;
}

function draftsForDay(seed: number, person: CalendarPerson, day: DateTime): Draft[] {
  const lang = isFrench(person) ? 'fr' : 'en';
  const t = texts[lang];
  const weekday = day.weekday;
  const names = ['', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  if (!person.workingHours.daysOfWeek.map((d) => d.toLowerCase()).includes(names[weekday]!)) return [];
  const iso = day.toISODate()!;
  const allDay = (kind: Draft['kind'], subject: string): Draft[] => [
    { kind, startMin: 0, durationMin: 24 * 60, showAs: 'oof', subject, location: '', isAllDay: true },
  ];
  const holiday = publicHoliday(person.country, iso);
  if (holiday) return allDay('holiday', holiday);
  if (onLeave(seed, person, day)) return allDay('leave', t.leave);
  const dayRandom = randomFor(seed, person.id, iso);
  if (dayRandom.chance(0.02)) return allDay('dayOff', t.dayOff);

  const start = minutes(person.workingHours.startTime);
  const end = Math.max(start + 2 * SLOT, minutes(person.workingHours.endTime));
  const slots = Math.floor((end - start) / SLOT);
  const taken = new Array<boolean>(slots).fill(false);
  const drafts: Draft[] = [];
  const place = (draft: Omit<Draft, 'startMin'>, slot: number) => {
    const length = Math.ceil(draft.durationMin / SLOT);
    if (slot < 0 || slot + length > slots) return false;
    for (let i = slot; i < slot + length; i++) if (taken[i]) return false;
    for (let i = slot; i < slot + length; i++) taken[i] = true;
    drafts.push({ ...draft, startMin: start + slot * SLOT });
    return true;
  };

  // Recurring series first: the department's weekly meeting, a fortnightly 1:1, focus blocks.
  const team = randomFor(seed, 'team', person.department ?? 'none');
  if (weekday === team.int(1, 5)) {
    const subject = t.teamMeeting(person.department ?? 'Contoso Banque');
    place(
      { kind: 'team', durationMin: 60, showAs: 'busy', subject, location: t.online, series: 'team' },
      team.int(1, 3),
    );
  }
  const mine = randomFor(seed, person.id, 'series');
  const oneOnOneDay = mine.int(1, 5);
  const oneOnOneWeek = mine.int(0, 1);
  const oneOnOneSlot = mine.int(2, Math.max(2, slots - 2));
  if (weekday === oneOnOneDay && day.weekNumber % 2 === oneOnOneWeek) {
    place(
      {
        kind: 'oneOnOne',
        durationMin: 30,
        showAs: 'busy',
        subject: t.oneOnOne,
        location: t.online,
        series: 'oneOnOne',
      },
      oneOnOneSlot,
    );
  }
  const focusDays = mine.chance(0.6) ? [mine.int(1, 5), mine.int(1, 5)] : [];
  if (focusDays.includes(weekday)) {
    const focus = {
      kind: 'focus' as const,
      durationMin: 120,
      showAs: 'busy' as const,
      subject: t.focus,
      location: '',
    };
    place({ ...focus, series: 'focus' }, slots - 4 - mine.int(0, 1));
  }

  // One-off meetings of the day: clients, projects, training; some tentative, a few private.
  const count = dayRandom.weighted([0, 1, 2, 3, 4], [2, 4, 4, 2, 1]);
  for (let n = 0; n < count; n++) {
    const kind = dayRandom.pick(seededMeetingKinds);
    const spec = t.meetings[kind];
    const durationMin = dayRandom.pick(spec.durations);
    const showAs: FreeBusyStatus =
      kind === 'siteVisit' ? 'workingElsewhere' : dayRandom.chance(0.2) ? 'tentative' : 'busy';
    const subject = dayRandom.pick(spec.subjects);
    const location = dayRandom.pick(spec.locations);
    for (let attempt = 0; attempt < 6; attempt++) {
      const draft = { kind, durationMin, showAs, subject, location, isPrivate: kind === 'personal' };
      if (place(draft, dayRandom.int(0, slots - 1))) break;
    }
  }
  return drafts;
}

function toItem(person: CalendarPerson, day: DateTime, draft: Draft, index: number): SeededItem {
  const startsAt = day.startOf('day').plus({ minutes: draft.startMin });
  const id = seededEventId(person.id, day.toISODate()!, index);
  const series = draft.series ? `${SEEDED_ID_PREFIX}${encode(`${person.id}|series|${draft.series}`)}` : null;
  return {
    id,
    seriesMasterId: series,
    iCalUId: `040000008200E00074C5B7101A82E008${hash(id).toString(16).padStart(8, '0').toUpperCase()}`,
    subject: draft.subject,
    location: draft.location,
    start: startsAt.toUTC().toJSDate(),
    end: startsAt.plus({ minutes: draft.durationMin }).toUTC().toJSDate(),
    showAs: draft.showAs,
    isAllDay: draft.isAllDay ?? false,
    isPrivate: draft.isPrivate ?? false,
    isOnlineMeeting: draft.location === texts.fr.online || draft.location === texts.en.online,
    categories: draft.kind === 'focus' ? ['Focus'] : [],
  };
}

/** The seeded items of one local day (yyyy-MM-dd in the person's own zone). */
export function seededDay(seed: number, person: CalendarPerson, date: string): SeededItem[] {
  const day = DateTime.fromISO(date, { zone: toIana(person.timeZone) ?? 'UTC' });
  if (!day.isValid) return [];
  return draftsForDay(seed, person, day).map((draft, index) => toItem(person, day, draft, index));
}

export interface SeededRange {
  seed: number;
  person: CalendarPerson;
  /** Start of the seeded calendars (UTC midnight); nothing is seeded before it or past the horizon. */
  epoch: Date;
  from: Date;
  to: Date;
}

/** Every seeded item overlapping [from, to), in start order. */
export function seededItems({ seed, person, epoch, from, to }: SeededRange): SeededItem[] {
  const zone = toIana(person.timeZone) ?? 'UTC';
  const first = DateTime.fromJSDate(epoch, { zone: 'UTC' }).toISODate()!;
  const last = DateTime.fromJSDate(epoch, { zone: 'UTC' }).plus({ days: SEEDED_HORIZON_DAYS }).toISODate()!;
  let day = DateTime.fromJSDate(from, { zone }).startOf('day');
  const stop = DateTime.fromJSDate(to, { zone });
  const items: SeededItem[] = [];
  for (; day < stop; day = day.plus({ days: 1 })) {
    const iso = day.toISODate()!;
    if (iso < first || iso >= last) continue;
    for (const item of seededDay(seed, person, iso)) {
      if (item.start < to && item.end > from) items.push(item);
    }
  }
  return items.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** Recomputes one seeded item from its id, if it belongs to this person's seeded horizon. */
export function seededItemById(
  seed: number,
  person: CalendarPerson,
  epoch: Date,
  id: string,
): SeededItem | undefined {
  const decoded = decodeSeededEventId(id);
  if (!decoded || decoded.userId !== person.id) return undefined;
  const first = DateTime.fromJSDate(epoch, { zone: 'UTC' });
  const date = DateTime.fromISO(decoded.date, { zone: 'UTC' });
  if (date < first || date >= first.plus({ days: SEEDED_HORIZON_DAYS })) return undefined;
  return seededDay(seed, person, decoded.date)[decoded.index];
}
