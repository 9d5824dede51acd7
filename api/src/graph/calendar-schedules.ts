import type { Client } from '@microsoft/microsoft-graph-client';
import { DateTime } from 'luxon';
import type {
  CalendarPerson,
  ScheduleError,
  ScheduleItem,
  ScheduleResult,
  ScheduleStatus,
} from '../app/ports/calendar';
import type { DirectoryWorkingHours } from '../app/ports/directory';
import type { BatchOptions } from './batch';
import { type BatchRequest, batchSend, graphError, PREFER_UTC, utcDateTime } from './calendar-batch';
import { ianaTimeZone, toMailboxSettings } from './time-zones';

/** Graph's limits: 100 schedules per getSchedule (20 keeps each item light), windows under 62 days. */
export const SCHEDULES_PER_REQUEST = 20;
export const MAX_WINDOW_DAYS = 60;
const DAY_MS = 86_400_000;

interface GraphDateTime {
  dateTime?: string;
  timeZone?: string;
}

interface GraphScheduleInformation {
  scheduleId?: string;
  scheduleItems?: { status?: string; start?: GraphDateTime; end?: GraphDateTime }[];
  workingHours?: Parameters<typeof toMailboxSettings>[0]['workingHours'];
  error?: { message?: string; responseCode?: string } | null;
}

const STATUSES = new Set<string>(['busy', 'tentative', 'oof', 'workingElsewhere', 'unknown']);

function toDate(value: GraphDateTime | undefined): Date | null {
  if (!value?.dateTime) return null;
  const zone = ianaTimeZone(value.timeZone) ?? 'UTC';
  const parsed = DateTime.fromISO(value.dateTime, { zone });
  return parsed.isValid ? parsed.toJSDate() : null;
}

/** The window cut into consecutive pieces Graph accepts. */
export function splitWindow(start: Date, end: Date, maxDays = MAX_WINDOW_DAYS): { start: Date; end: Date }[] {
  const pieces: { start: Date; end: Date }[] = [];
  for (let from = start.getTime(); from < end.getTime(); from += maxDays * DAY_MS) {
    pieces.push({ start: new Date(from), end: new Date(Math.min(from + maxDays * DAY_MS, end.getTime())) });
  }
  return pieces;
}

interface Accumulator {
  items: ScheduleItem[];
  workingHours?: DirectoryWorkingHours;
  error?: ScheduleError['error'];
}

export async function getSchedules(
  client: Client,
  people: readonly CalendarPerson[],
  window: { start: Date; end: Date },
  batch: BatchOptions | undefined,
): Promise<Map<string, ScheduleResult>> {
  const unique = [...new Map(people.map((p) => [p.aadId, p])).values()];
  const chunks: CalendarPerson[][] = [];
  for (let i = 0; i < unique.length; i += SCHEDULES_PER_REQUEST) {
    chunks.push(unique.slice(i, i + SCHEDULES_PER_REQUEST));
  }
  const windows = splitWindow(window.start, window.end);
  const requests: (BatchRequest & { chunk: CalendarPerson[] })[] = [];
  chunks.forEach((chunk, c) => {
    windows.forEach((piece, w) => {
      const minutes = Math.floor((piece.end.getTime() - piece.start.getTime()) / 60_000);
      requests.push({
        id: `${c}-${w}`,
        method: 'POST',
        // Asked through the first person of the chunk, so chunks spread over mailboxes.
        url: `/users/${encodeURIComponent(chunk[0]?.aadId ?? '')}/calendar/getSchedule`,
        headers: PREFER_UTC,
        body: {
          schedules: chunk.map((p) => p.email),
          startTime: utcDateTime(piece.start),
          endTime: utcDateTime(piece.end),
          availabilityViewInterval: Math.max(5, Math.min(30, minutes)),
        },
        chunk,
      });
    });
  });

  const acc = new Map<string, Accumulator>(unique.map((p) => [p.aadId, { items: [] }]));
  if (requests.length === 0) return new Map();
  const results = await batchSend(client, requests, batch);

  for (const request of requests) {
    const result = results.get(request.id);
    if (result?.status !== 200) {
      const error = graphError(result);
      for (const person of request.chunk) acc.get(person.aadId)!.error ??= error;
      continue;
    }
    const value = (result.body as { value?: GraphScheduleInformation[] } | undefined)?.value ?? [];
    const byEmail = new Map(value.map((info) => [String(info.scheduleId ?? '').toLowerCase(), info]));
    for (const person of request.chunk) {
      const entry = acc.get(person.aadId)!;
      const info = byEmail.get(person.email.toLowerCase());
      if (!info) {
        entry.error ??= {
          code: 'missing_schedule',
          message: `No schedule for ${person.email}`,
          retryable: true,
        };
        continue;
      }
      if (info.error) {
        entry.error ??= {
          code: info.error.responseCode ?? 'schedule_error',
          message: info.error.message ?? `No schedule for ${person.email}`,
          retryable: false,
        };
        continue;
      }
      for (const item of info.scheduleItems ?? []) {
        const status = item.status ?? 'busy';
        if (status === 'free') continue;
        const start = toDate(item.start);
        const end = toDate(item.end);
        if (!start || !end) continue;
        entry.items.push({
          start,
          end,
          status: (STATUSES.has(status) ? status : 'unknown') as ScheduleStatus,
        });
      }
      if (!entry.workingHours && info.workingHours) {
        const hours = toMailboxSettings({ workingHours: info.workingHours }).workingHours;
        if (hours) entry.workingHours = hours;
      }
    }
  }

  const schedules = new Map<string, ScheduleResult>();
  for (const [aadId, entry] of acc) {
    if (entry.error) {
      schedules.set(aadId, { error: entry.error });
      continue;
    }
    // An item across a window boundary is reported by both windows.
    const seen = new Set<string>();
    const items = entry.items
      .sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime())
      .filter((item) => {
        const key = `${item.start.getTime()}|${item.end.getTime()}|${item.status}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    schedules.set(aadId, { items, ...(entry.workingHours ? { workingHours: entry.workingHours } : {}) });
  }
  return schedules;
}
