import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { describeRefusal } from './session-refusal';
import type { Translate } from './session-state';

const t: Translate = (key, options) => (options?.defaultValue ? `${key}|${options.defaultValue}` : key);

function refused(code: string, extra: Record<string, unknown> = {}) {
  return new ApiError({
    type: 'about:blank',
    title: 'Conflict',
    status: 409,
    code,
    detail: 'English detail',
    ...extra,
  });
}

describe('describeRefusal', () => {
  it('words each reason a chosen time was refused', () => {
    expect(
      describeRefusal(refused('slot_unavailable', { reasons: ['calendars_full_in_window'] }), t),
    ).toEqual({
      title: 'sessions.refused.slot_unavailable.title',
      lines: ['sessions.refused.slot_unavailable.reason.calendars_full_in_window|English detail'],
    });
  });

  it('words the refusals of the bulk booking', () => {
    const refusal = describeRefusal(
      refused('booking_refused', { reasons: ['programme_not_running', 'needs_dates'] }),
      t,
    );
    expect(refusal?.lines).toHaveLength(2);
  });

  it('keeps the service’s detail when no reason code came with the refusal', () => {
    expect(describeRefusal(refused('no_slot_found'), t)?.lines).toEqual(['English detail']);
  });

  it('words Outlook’s refusal, and leaves other failures to the generic problem bar', () => {
    expect(describeRefusal(refused('calendar_unavailable', { status: 503 }), t)).toEqual({
      title: 'sessions.refused.calendar_unavailable.title',
      lines: ['sessions.refused.calendar_unavailable.text'],
    });
    expect(describeRefusal(refused('internal_error'), t)).toBeNull();
    expect(describeRefusal(new Error('boom'), t)).toBeNull();
  });
});
