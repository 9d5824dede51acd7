import { GraphError } from '../graph-error';
import type { FreeBusyStatus } from './seeded-calendar';

/** Limits the real service enforces (observed; the docs say 20 schedules, the service takes 100). */
export const MAX_SCHEDULES = 100;
export const MAX_WINDOW_DAYS = 62;
export const MIN_INTERVAL_MINUTES = 5;
export const MAX_INTERVAL_MINUTES = 1440;

const DIGIT: Record<FreeBusyStatus, string> = {
  free: '0',
  tentative: '1',
  busy: '2',
  oof: '3',
  workingElsewhere: '4',
  unknown: '0',
};

/** When items overlap in one interval, the strongest status wins, as in Exchange's merged view. */
const STRENGTH: Record<FreeBusyStatus, number> = {
  unknown: 0,
  free: 0,
  workingElsewhere: 1,
  tentative: 2,
  busy: 3,
  oof: 4,
};

export interface BusyItem {
  start: Date;
  end: Date;
  status: FreeBusyStatus;
  subject: string;
  location: string;
  isPrivate: boolean;
}

/** One digit per interval from `from` to `to`: 0 free, 1 tentative, 2 busy, 3 away, 4 working elsewhere. */
export function availabilityView(items: BusyItem[], from: Date, to: Date, intervalMinutes: number): string {
  const step = intervalMinutes * 60_000;
  let view = '';
  for (let at = from.getTime(); at < to.getTime(); at += step) {
    const slotEnd = Math.min(at + step, to.getTime());
    let strongest: FreeBusyStatus = 'free';
    for (const item of items) {
      if (
        item.start.getTime() < slotEnd &&
        item.end.getTime() > at &&
        STRENGTH[item.status] > STRENGTH[strongest]
      ) {
        strongest = item.status;
      }
    }
    view += DIGIT[strongest];
  }
  return view;
}

/** Checks a getSchedule request against the service's limits, with its error codes and messages. */
export function checkScheduleLimits(request: {
  schedules: number;
  from: Date;
  to: Date;
  interval: number;
}): void {
  if (request.schedules === 0) {
    throw new GraphError(400, 'ErrorMailboxDataArrayEmpty', 'The EmailAddress array is empty.');
  }
  if (request.schedules > MAX_SCHEDULES) {
    throw new GraphError(
      400,
      'ErrorMailboxDataArrayTooBig',
      `There are too many target users in the EmailAddress array. The allowed size = ${MAX_SCHEDULES}; the actual size = ${request.schedules}.`,
    );
  }
  const windowMinutes = (request.to.getTime() - request.from.getTime()) / 60_000;
  if (windowMinutes <= 0) {
    throw new GraphError(
      400,
      'ErrorInvalidTimeInterval',
      'The start date must be earlier than the end date.',
    );
  }
  const days = Math.ceil(windowMinutes / 1440);
  if (days > MAX_WINDOW_DAYS) {
    throw new GraphError(
      400,
      'ErrorTimeIntervalTooBig',
      `The requested time duration specified for FreeBusyViewOptions.TimeWindow is too long. The allowed limit = ${MAX_WINDOW_DAYS} days; the actual limit = ${days} days.`,
    );
  }
  if (
    !Number.isInteger(request.interval) ||
    request.interval < MIN_INTERVAL_MINUTES ||
    request.interval > MAX_INTERVAL_MINUTES ||
    request.interval > windowMinutes
  ) {
    throw new GraphError(
      400,
      'ErrorInvalidMergedFreeBusyInterval',
      'The specified merged free/busy interval is not valid. Specify an interval that is less than the free/busy time window and  between 5 and 1440 minutes.',
    );
  }
}
