import type { ProgrammeDto } from '../../../api/src/contract';
import type { BookingProgressDto } from './session-api';

/** While the job is queued or running the page polls; it stops once the run is done or failed. */
export function isBookingActive(progress: Pick<BookingProgressDto, 'state'> | undefined): boolean {
  return progress?.state === 'queued' || progress?.state === 'running';
}

export interface BookingFigures {
  booked: number;
  needsSlot: number;
  failed: number;
  /** Sessions still waiting for a slot or an event: the planned ones. */
  remaining: number;
  /** Sessions the run has dealt with, out of `of`. */
  handled: number;
  of: number;
  /** 0–1 for the progress bar; null while there is nothing to measure yet (pairs still being planned). */
  fraction: number | null;
}

/** What the progress bar and its counts show. Cancelled, held and missed sessions are out of the run. */
export function bookingFigures({ counts }: Pick<BookingProgressDto, 'counts'>): BookingFigures {
  const { booked, needsSlot, failed, planned } = counts;
  const of = booked + needsSlot + failed + planned;
  const handled = booked + needsSlot + failed;
  return {
    booked,
    needsSlot,
    failed,
    remaining: planned,
    handled,
    of,
    fraction: of === 0 ? null : handled / of,
  };
}

/** Why "Book all sessions" cannot be pressed now, as catalogue codes; none when it can. */
export type BookingBlocker =
  | 'programme_not_running'
  | 'needs_dates'
  | 'in_progress'
  | 'no_pairs'
  | 'nothing_left';

export function bookingBlockers(
  programme: Pick<ProgrammeDto, 'status' | 'startsOn' | 'endsOn'>,
  progress: BookingProgressDto | undefined,
): BookingBlocker[] {
  const blockers: BookingBlocker[] = [];
  if (programme.status !== 'matching' && programme.status !== 'running') {
    blockers.push('programme_not_running');
  }
  if (!programme.startsOn || !programme.endsOn) blockers.push('needs_dates');
  if (blockers.length > 0 || !progress) return blockers;
  if (isBookingActive(progress)) return ['in_progress'];
  if (progress.pairsToPlan === 0 && progress.counts.total === 0) return ['no_pairs'];
  if (progress.pairsToPlan === 0 && progress.counts.planned === 0) return ['nothing_left'];
  return [];
}
