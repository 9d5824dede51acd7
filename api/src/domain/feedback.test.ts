import { describe, expect, it } from 'vitest';
import {
  atRiskReasons,
  canEditFeedback,
  feedbackProblems,
  netPromoterScore,
  sessionOutcome,
  shownFor,
} from './feedback';

const day = 86_400_000;
const endsAt = new Date('2027-02-10T10:00:00Z');
const daysAfterEnd = (days: number) => new Date(endsAt.getTime() + days * day);

describe('session outcome', () => {
  it('is held as soon as either person says it took place', () => {
    expect(sessionOutcome({ answers: [{ tookPlace: 'yes' }], people: 2, endsAt, now: daysAfterEnd(1) })).toBe(
      'held',
    );
    expect(
      sessionOutcome({
        answers: [{ tookPlace: 'no' }, { tookPlace: 'yes' }],
        people: 2,
        endsAt,
        now: daysAfterEnd(1),
      }),
    ).toBe('held');
  });

  it('is missed when both say it did not happen, or when nobody confirms it within a week', () => {
    expect(sessionOutcome({ answers: [{ tookPlace: 'no' }], people: 2, endsAt, now: daysAfterEnd(1) })).toBe(
      'open',
    );
    expect(
      sessionOutcome({
        answers: [{ tookPlace: 'no' }, { tookPlace: 'no' }],
        people: 2,
        endsAt,
        now: daysAfterEnd(1),
      }),
    ).toBe('missed');
    expect(sessionOutcome({ answers: [], people: 2, endsAt, now: daysAfterEnd(6.9) })).toBe('open');
    expect(sessionOutcome({ answers: [], people: 2, endsAt, now: daysAfterEnd(7) })).toBe('missed');
  });

  it('needs a new time when it moved and nobody says it took place', () => {
    expect(
      sessionOutcome({
        answers: [{ tookPlace: 'moved' }, { tookPlace: 'no' }],
        people: 2,
        endsAt,
        now: daysAfterEnd(8),
      }),
    ).toBe('moved');
  });
});

describe('feedback answers', () => {
  it('asks a rating and the objective only of a session that took place', () => {
    expect(
      feedbackProblems({ tookPlace: 'yes', rating: null, objectiveMet: null }).map((p) => p.code),
    ).toEqual(['rating_required', 'objective_required']);
    expect(feedbackProblems({ tookPlace: 'yes', rating: 4, objectiveMet: 'partly' })).toEqual([]);
    expect(feedbackProblems({ tookPlace: 'no', rating: 3, objectiveMet: null })).toEqual([
      { path: 'rating', code: 'rating_not_applicable' },
    ]);
    expect(feedbackProblems({ tookPlace: 'moved', rating: null, objectiveMet: null })).toEqual([]);
  });

  it('can be changed for seven days after the first answer', () => {
    expect(canEditFeedback(endsAt, daysAfterEnd(7))).toBe(true);
    expect(canEditFeedback(endsAt, daysAfterEnd(7.01))).toBe(false);
  });
});

describe('figures', () => {
  it('computes the net promoter score', () => {
    expect(netPromoterScore([])).toBeNull();
    expect(netPromoterScore([10, 9, 8, 7, 6])).toBe(20);
    expect(netPromoterScore([0, 0, 10])).toBe(-33.3);
  });

  it('never shows a group of fewer than five people', () => {
    expect(shownFor(4)).toBe(false);
    expect(shownFor(5)).toBe(true);
  });

  it('flags pairs at risk with every reason that applies', () => {
    const now = new Date('2027-04-01T00:00:00Z');
    expect(
      atRiskReasons({
        lastHeldAt: new Date('2027-01-15T00:00:00Z'),
        pairedAt: new Date('2027-01-01T00:00:00Z'),
        now,
        cadenceDays: 30,
        lowRatings: 2,
        wouldNotContinue: true,
        declines: 2,
      }),
    ).toEqual(['no_session_held', 'low_ratings', 'would_not_continue', 'declined_invites']);
    expect(
      atRiskReasons({
        lastHeldAt: new Date('2027-03-10T00:00:00Z'),
        pairedAt: new Date('2027-01-01T00:00:00Z'),
        now,
        cadenceDays: 30,
        lowRatings: 1,
        wouldNotContinue: false,
        declines: 1,
      }),
    ).toEqual([]);
  });
});
