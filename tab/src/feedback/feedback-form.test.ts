import { describe, expect, it } from 'vitest';
import {
  canChange,
  EMPTY_FEEDBACK,
  feedbackErrors,
  feedbackInputOf,
  feedbackRefusalKey,
  formFromFeedback,
  recentlyEnded,
  takesFeedback,
} from './feedback-form';

const now = new Date('2027-02-10T10:00:00Z');
const session = (status: string, startsAt: string | null, endsAt: string | null) => ({
  status,
  startsAt,
  endsAt,
});

describe('feedbackErrors', () => {
  it('asks whether the session took place first', () => {
    expect(feedbackErrors(EMPTY_FEEDBACK)).toEqual({ tookPlace: 'feedback.errors.tookPlace' });
  });

  it('asks for the rating and the objective only when it took place, as the bot card does', () => {
    expect(Object.keys(feedbackErrors({ ...EMPTY_FEEDBACK, tookPlace: 'yes' }))).toEqual([
      'rating',
      'objectiveMet',
    ]);
    expect(feedbackErrors({ ...EMPTY_FEEDBACK, tookPlace: 'moved' })).toEqual({});
  });

  it('refuses texts over 2,000 characters', () => {
    expect(feedbackErrors({ ...EMPTY_FEEDBACK, tookPlace: 'no', obstacles: 'x'.repeat(2001) })).toEqual({
      obstacles: 'feedback.errors.tooLong',
    });
  });
});

describe('feedbackInputOf', () => {
  it('drops a rating left over when the person then says the session did not take place', () => {
    const input = feedbackInputOf({
      ...EMPTY_FEEDBACK,
      tookPlace: 'no',
      rating: 4,
      objectiveMet: 'yes',
      obstacles: '  Agenda trop chargé ',
      continueWithPartner: 'unsure',
    });
    expect(input).toMatchObject({
      tookPlace: 'no',
      rating: null,
      objectiveMet: null,
      obstacles: 'Agenda trop chargé',
      continueWithPartner: 'unsure',
    });
  });

  it('round-trips a saved answer', () => {
    const saved = {
      sessionId: '00000000-0000-4000-8000-000000000001',
      tookPlace: 'yes' as const,
      rating: 5,
      objectiveMet: 'partly' as const,
      learned: 'Copilot',
      shared: '',
      obstacles: '',
      wantsSupport: true,
      continueWithPartner: null,
      private: true,
      submittedAt: '2027-02-09T10:00:00Z',
      updatedAt: '2027-02-09T10:00:00Z',
      editableUntil: '2027-02-16T10:00:00Z',
    };
    expect(feedbackInputOf(formFromFeedback(saved))).toEqual({
      tookPlace: 'yes',
      rating: 5,
      objectiveMet: 'partly',
      learned: 'Copilot',
      shared: '',
      obstacles: '',
      wantsSupport: true,
      continueWithPartner: null,
      private: true,
    });
  });
});

describe('when feedback is taken', () => {
  it('takes it once a session has started, never for a cancelled one', () => {
    expect(takesFeedback(session('booked', '2027-02-10T09:00:00Z', '2027-02-10T10:00:00Z'), now)).toBe(true);
    expect(takesFeedback(session('booked', '2027-02-10T10:30:00Z', '2027-02-10T11:30:00Z'), now)).toBe(false);
    expect(takesFeedback(session('cancelled', '2027-02-01T09:00:00Z', '2027-02-01T10:00:00Z'), now)).toBe(
      false,
    );
    expect(takesFeedback(session('needs_slot', null, null), now)).toBe(false);
  });

  it('lists the sessions that ended in the last 14 days', () => {
    const ended = [
      session('booked', '2027-02-10T08:45:00Z', '2027-02-10T09:45:00Z'),
      session('held', '2027-01-27T11:00:00Z', '2027-01-27T12:00:00Z'),
      session('held', '2027-01-20T09:00:00Z', '2027-01-20T10:00:00Z'),
      session('booked', '2027-02-10T09:30:00Z', '2027-02-10T10:30:00Z'),
    ];
    expect(recentlyEnded(ended, now)).toEqual([ended[0], ended[1]]);
  });

  it('lets an answer change until its editable date', () => {
    expect(canChange(null, now)).toBe(true);
    expect(canChange({ editableUntil: '2027-02-10T10:00:01Z' }, now)).toBe(true);
    expect(canChange({ editableUntil: '2027-02-10T10:00:00Z' }, now)).toBe(false);
  });

  it('words the refusals the service gives as 409s', () => {
    expect(feedbackRefusalKey('feedback_closed')).toBe('feedback.refused.feedback_closed');
    expect(feedbackRefusalKey('forbidden')).toBeNull();
    expect(feedbackRefusalKey(undefined)).toBeNull();
  });
});
