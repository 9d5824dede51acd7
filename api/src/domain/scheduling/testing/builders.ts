import { DateTime } from 'luxon';
import type { Daypart, Weekday } from '../../application';
import type { WorkDay } from '../../pairing/score/types';
import type { BusyItem, FreeBusyStatus, Interval, SlotPerson, WorkingHours } from '../types';

export const OFFICE_WEEK: WorkDay[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

/** Test-data builder for one side of a pair: 09:00–17:00, Monday to Friday, nothing booked. */
export class SlotPersonBuilder {
  private readonly hours: WorkingHours;
  private readonly items: BusyItem[] = [];
  private prefs: SlotPerson['preferences'];

  constructor(timeZone: string) {
    this.hours = { days: OFFICE_WEEK, start: '09:00', end: '17:00', timeZone };
  }

  working(start: string, end: string, days: readonly WorkDay[] = OFFICE_WEEK): this {
    Object.assign(this.hours, { start, end, days });
    return this;
  }
  /** Local wall-clock times in the person's zone, e.g. `busy('2026-01-12T09:00', '2026-01-12T12:00')`. */
  busy(start: string, end: string, status: FreeBusyStatus = 'busy'): this {
    this.items.push({ ...localInterval(start, end, this.hours.timeZone), status });
    return this;
  }
  busyAt(item: BusyItem): this {
    this.items.push(item);
    return this;
  }
  prefers(days: Weekday[], dayparts: Daypart[] = []): this {
    this.prefs = { days, dayparts };
    return this;
  }
  build(): SlotPerson {
    return {
      workingHours: { ...this.hours },
      busy: [...this.items],
      ...(this.prefs ? { preferences: this.prefs } : {}),
    };
  }
}

export const aPerson = (timeZone = 'Europe/Paris') => new SlotPersonBuilder(timeZone);

/** Local wall-clock ISO times in a zone, as an interval of instants. */
export function localInterval(start: string, end: string, zone: string): Interval {
  return {
    start: DateTime.fromISO(start, { zone }).toJSDate(),
    end: DateTime.fromISO(end, { zone }).toJSDate(),
  };
}

/** Whole days `from`–`to` inclusive, midnight to midnight in `zone`. */
export const days = (from: string, to: string, zone = 'Europe/Paris'): Interval => ({
  start: DateTime.fromISO(from, { zone }).toJSDate(),
  end: DateTime.fromISO(to, { zone }).plus({ days: 1 }).toJSDate(),
});

/** A slot's local start and end in a zone: `Mon 2026-01-12 10:00–11:00`. */
export function localSlot(slot: { start: Date; end: Date }, zone: string): string {
  const a = DateTime.fromJSDate(slot.start, { zone });
  const b = DateTime.fromJSDate(slot.end, { zone });
  return `${a.toFormat('ccc yyyy-MM-dd HH:mm', { locale: 'en' })}–${b.toFormat('HH:mm')}`;
}

/** Long before every window in the tests. */
export const LONG_AGO = new Date('2020-01-01T00:00:00Z');
