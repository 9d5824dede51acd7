import { describe, expect, it } from 'vitest';
import { partnerOf, splitSessions } from './my-sessions';
import type { SessionDto } from './session-api';

type Slice = Pick<SessionDto, 'status' | 'startsAt' | 'endsAt' | 'window'> & { id: string };

function aSession(id: string, status: SessionDto['status'], startsAt: string | null): Slice {
  const endsAt = startsAt ? new Date(Date.parse(startsAt) + 3_600_000).toISOString() : null;
  return {
    id,
    status,
    startsAt,
    endsAt,
    window: { from: '2027-01-04', to: '2027-01-29', target: '2027-01-15' },
  };
}

const now = new Date('2027-01-20T10:00:00Z');
const ids = (items: Slice[]) => items.map((s) => s.id);

describe('splitSessions', () => {
  it('keeps sessions still ahead, soonest first, and those over, latest first', () => {
    const { upcoming, past } = splitSessions(
      [
        aSession('march', 'booked', '2027-03-10T13:00:00Z'),
        aSession('february', 'booked', '2027-02-10T13:00:00Z'),
        aSession('december', 'held', '2026-12-10T13:00:00Z'),
        aSession('january', 'missed', '2027-01-12T13:00:00Z'),
      ],
      now,
    );
    expect(ids(upcoming)).toEqual(['february', 'march']);
    expect(ids(past)).toEqual(['january', 'december']);
  });

  it('lists a session in progress, one waiting for a slot in its window, and a cancelled one still ahead', () => {
    const { upcoming, past } = splitSessions(
      [
        aSession('now', 'booked', '2027-01-20T09:30:00Z'),
        aSession('waiting', 'needs_slot', null),
        aSession('cancelled', 'cancelled', '2027-02-01T09:00:00Z'),
        aSession('held-early', 'held', '2027-02-01T09:00:00Z'),
      ],
      now,
    );
    expect(ids(upcoming)).toEqual(['waiting', 'now', 'cancelled']);
    expect(ids(past)).toEqual(['held-early']);
  });

  it('moves a session without a time to the past once its window has closed', () => {
    const { past } = splitSessions([aSession('late', 'needs_slot', null)], new Date('2027-02-02T00:00:00Z'));
    expect(ids(past)).toEqual(['late']);
  });
});

describe('partnerOf', () => {
  const person = (aadId: string) => ({
    aadId,
    displayName: aadId,
    email: null,
    timeZone: null,
    response: null,
  });
  const pair = { mentee: person('mentee-1'), mentor: person('mentor-1') };

  it('finds the other member of the pair and their role', () => {
    expect(partnerOf(pair, 'mentee-1')).toMatchObject({
      partner: { aadId: 'mentor-1' },
      partnerRole: 'mentor',
    });
    expect(partnerOf(pair, 'mentor-1')).toMatchObject({
      partner: { aadId: 'mentee-1' },
      partnerRole: 'mentee',
    });
    expect(partnerOf(pair, 'admin-1')).toBeNull();
  });
});
