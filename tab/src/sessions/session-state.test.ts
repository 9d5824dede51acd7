import { describe, expect, it } from 'vitest';
import type { SessionProblemDto } from './session-api';
import { problemText, sessionBadge, sessionNote, type Translate } from './session-state';

/** Writes the key and its values, so each test sees which words were chosen and with what. */
const t: Translate = (key, options) =>
  options && Object.keys(options).length > 0 ? `${key} ${JSON.stringify(options)}` : key;
const when = (iso: string) => `<${iso}>`;
const inFrench = { language: 'fr' as const, t, when };

const explained = (code: string, detail: Record<string, unknown> = {}): SessionProblemDto => ({
  code,
  explanation: { fr: `Explication ${code}`, en: `Explanation ${code}` },
  detail,
});

describe('problemText', () => {
  it('prefers the service’s explanation in the UI language', () => {
    expect(problemText(explained('no_common_working_hours'), inFrench)).toBe(
      'Explication no_common_working_hours',
    );
    expect(problemText(explained('calendars_full_in_window'), { ...inFrench, language: 'en' })).toBe(
      'Explanation calendars_full_in_window',
    );
  });

  it('falls back to the catalogue for a known code without explanation', () => {
    expect(problemText({ code: 'window_in_past' }, inFrench)).toBe('sessions.problem.window_in_past');
    expect(problemText({ code: 'no_join_url', message: 'no link' }, inFrench)).toBe(
      'sessions.problem.no_join_url',
    );
  });

  it('names who declined, then why no new time was found or what happens next', () => {
    expect(problemText({ code: 'declined', detail: { name: 'Ada Martin' } }, inFrench)).toBe(
      'sessions.problem.declined {"name":"Ada Martin"} sessions.problem.declinedNext',
    );
    expect(problemText(explained('declined', { name: 'Ada Martin' }), inFrench)).toBe(
      'sessions.problem.declined {"name":"Ada Martin"} Explication declined',
    );
  });

  it('says a declined time was re-proposed, with the time declined', () => {
    const problem = {
      code: 'reproposed',
      detail: { name: 'Ada Martin', previousStart: '2027-01-12T13:00:00Z' },
    };
    expect(problemText(problem, inFrench)).toBe(
      'sessions.problem.reproposed {"name":"Ada Martin","date":"<2027-01-12T13:00:00Z>"}',
    );
  });

  it('shows Outlook’s own error code and message for anything else', () => {
    expect(problemText({ code: 'ErrorItemNotFound', message: 'The item was not found' }, inFrench)).toBe(
      'sessions.problem.outlook {"code":"ErrorItemNotFound","message":"The item was not found"}',
    );
  });
});

describe('sessionBadge', () => {
  it('shows the status, or a declined or re-proposed time', () => {
    expect(sessionBadge({ status: 'booked', problem: null }, t)).toEqual({
      label: 'sessions.status.booked',
      colour: 'success',
    });
    expect(sessionBadge({ status: 'booked', problem: { code: 'reproposed' } }, t).label).toBe(
      'sessions.badge.reproposed',
    );
    expect(
      sessionBadge({ status: 'needs_slot', problem: { code: 'declined', detail: { name: 'Ada' } } }, t),
    ).toEqual({ label: 'sessions.badge.declined {"name":"Ada"}', colour: 'danger' });
  });
});

describe('sessionNote', () => {
  it('gives the cancellation message, or nothing for a session booked without trouble', () => {
    expect(sessionNote({ status: 'cancelled', problem: null, cancelReason: 'Off sick' }, inFrench)).toBe(
      'sessions.cancelledWith {"reason":"Off sick"}',
    );
    expect(sessionNote({ status: 'booked', problem: null, cancelReason: null }, inFrench)).toBeNull();
  });
});
