import { describe, expect, it } from 'vitest';
import { bookingBlockers, bookingFigures, isBookingActive } from './booking-progress';
import type { BookingProgressDto } from './session-api';

function aProgress(overrides: Partial<BookingProgressDto> = {}, counts = {}): BookingProgressDto {
  return {
    programmeId: '00000000-0000-4000-8000-000000000001',
    state: 'idle',
    startedAt: null,
    finishedAt: null,
    lastError: null,
    pairsToPlan: 0,
    figures: {},
    ...overrides,
    counts: {
      total: 0,
      planned: 0,
      booked: 0,
      needsSlot: 0,
      failed: 0,
      cancelled: 0,
      held: 0,
      missed: 0,
      ...counts,
    },
  };
}

const running = { status: 'running' as const, startsOn: '2027-01-04', endsOn: '2027-07-30' };

describe('bookingFigures', () => {
  it('counts what the run has dealt with, leaving cancelled and held sessions out', () => {
    const figures = bookingFigures(
      aProgress({}, { total: 30, planned: 10, booked: 12, needsSlot: 2, failed: 1, cancelled: 3, held: 2 }),
    );
    expect(figures).toEqual({
      booked: 12,
      needsSlot: 2,
      failed: 1,
      remaining: 10,
      handled: 15,
      of: 25,
      fraction: 0.6,
    });
  });

  it('has no fraction while the pairs are still being planned', () => {
    expect(bookingFigures(aProgress({ state: 'queued', pairsToPlan: 4 })).fraction).toBeNull();
  });
});

describe('isBookingActive', () => {
  it('polls while queued or running only', () => {
    expect(
      ['idle', 'queued', 'running', 'done', 'failed'].map((state) => isBookingActive({ state } as never)),
    ).toEqual([false, true, true, false, false]);
    expect(isBookingActive(undefined)).toBe(false);
  });
});

describe('bookingBlockers', () => {
  it('lets the admin book when pairs wait for their series or sessions wait for a slot', () => {
    expect(bookingBlockers(running, aProgress({ pairsToPlan: 3 }))).toEqual([]);
    expect(
      bookingBlockers(running, aProgress({ state: 'done' }, { total: 6, planned: 2, booked: 4 })),
    ).toEqual([]);
  });

  it('says why not: the programme’s step and dates first', () => {
    expect(bookingBlockers({ status: 'recruiting', startsOn: null, endsOn: null }, aProgress())).toEqual([
      'programme_not_running',
      'needs_dates',
    ]);
  });

  it('says a run is in progress, there is no pair yet, or nothing is left to book', () => {
    expect(bookingBlockers(running, aProgress({ state: 'running', pairsToPlan: 2 }))).toEqual([
      'in_progress',
    ]);
    expect(bookingBlockers(running, aProgress())).toEqual(['no_pairs']);
    expect(
      bookingBlockers(running, aProgress({ state: 'done' }, { total: 6, booked: 5, needsSlot: 1 })),
    ).toEqual(['nothing_left']);
  });
});
