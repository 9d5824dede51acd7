import { describe, expect, it } from 'vitest';
import { fixedClock } from '../domain/clock';
import { CalendarError } from './ports/calendar';
import type { CalendarSubscriptionRecord, CalendarSubscriptionStore } from './ports/subscriptions';
import {
  handleChangeNotifications,
  handleLifecycleNotifications,
  planSubscriptions,
  responsesPollSeconds,
  type SessionNotificationDeps,
  sameSecret,
  syncSubscriptions,
} from './session-notifications';

const NOW = new Date('2027-03-01T09:00:00Z');
const HOUR = 3_600_000;

const aSubscription = (
  organizer: string,
  expiresInHours: number,
  overrides: Partial<CalendarSubscriptionRecord> = {},
): CalendarSubscriptionRecord => ({
  tenantId: 't1',
  organizerAadId: organizer,
  subscriptionId: `sub-${organizer}`,
  clientState: `secret-${organizer}`,
  expiresAt: new Date(NOW.getTime() + expiresInHours * HOUR),
  createdAt: NOW,
  ...overrides,
});

/** Fakes of the ports, recording what the use case asked. */
function fakes(held: CalendarSubscriptionRecord[], organizers: string[] = []) {
  const records = new Map(held.map((r) => [r.subscriptionId, { ...r }]));
  const calls = {
    marked: [] as { organizer: string; eventId?: string }[],
    enqueued: [] as { name: string; data: object }[],
    created: [] as string[],
    renewed: [] as string[],
    removed: [] as string[],
  };
  let next = 0;
  const gone = new Set<string>();
  const store: CalendarSubscriptionStore = {
    list: async () => [...records.values()],
    find: async (_tenant, id) => records.get(id),
    save: async (record) => {
      for (const [id, r] of records) if (r.organizerAadId === record.organizerAadId) records.delete(id);
      records.set(record.subscriptionId, { ...record, createdAt: record.createdAt ?? NOW });
    },
    setExpiry: async (_tenant, id, expiresAt) => {
      records.get(id)!.expiresAt = expiresAt;
    },
    remove: async (_tenant, id) => {
      records.delete(id);
    },
  };
  const deps: SessionNotificationDeps = {
    tenantId: 't1',
    sessions: {
      bookedOrganizers: async () => organizers,
      markForCheck: async (_tenant, organizer, _now, eventId) => {
        calls.marked.push({ organizer, ...(eventId ? { eventId } : {}) });
        return eventId === 'unknown-event' ? 0 : 1;
      },
    },
    store,
    graph: {
      create: async (request) => {
        calls.created.push(request.organizer);
        return { id: `new-${++next}`, expiresAt: request.expiresAt };
      },
      renew: async (id, expiresAt) => {
        if (gone.has(id)) throw new CalendarError('gone', 'ResourceNotFound', 404, false);
        calls.renewed.push(id);
        return { id, expiresAt };
      },
      remove: async (id) => {
        calls.removed.push(id);
      },
    },
    jobs: {
      enqueue: async (name, data) => {
        calls.enqueued.push({ name, data });
        return 'job';
      },
    },
    clock: fixedClock(NOW),
    notificationUrl: 'https://binome.example/api/notifications/calendar',
    lifecycleNotificationUrl: 'https://binome.example/api/notifications/calendar/lifecycle',
    newClientState: () => `fresh-${next}`,
  };
  return { deps, calls, records, gone };
}

describe('planSubscriptions', () => {
  it('subscribes to each organizer with sessions ahead that has no subscription', () => {
    const plan = planSubscriptions({ organizers: ['a', 'b'], held: [aSubscription('a', 48)], now: NOW });
    expect(plan).toEqual({ create: ['b'], renew: [], remove: [] });
  });

  it('renews within 12 hours of expiry, not before', () => {
    const plan = planSubscriptions({
      organizers: ['a', 'b', 'c'],
      held: [aSubscription('a', 12), aSubscription('b', 12.01), aSubscription('c', 0.5)],
      now: NOW,
    });
    expect(plan.renew.map((r) => r.organizerAadId)).toEqual(['a', 'c']);
    expect(plan.create).toEqual([]);
  });

  it('subscribes again when the subscription has expired (Graph has deleted it)', () => {
    const plan = planSubscriptions({ organizers: ['a'], held: [aSubscription('a', 0)], now: NOW });
    expect(plan).toEqual({ create: ['a'], renew: [], remove: [] });
  });

  it('deletes the subscriptions of organizers with nothing booked ahead, expired or not', () => {
    const plan = planSubscriptions({
      organizers: [],
      held: [aSubscription('a', 48), aSubscription('b', -1)],
      now: NOW,
    });
    expect(plan.remove.map((r) => r.organizerAadId)).toEqual(['a', 'b']);
  });
});

describe('responsesPollSeconds', () => {
  it('slows the default poll to 15 minutes while notifications are on', () => {
    expect(responsesPollSeconds({ configured: 60, explicit: false, notifications: true })).toBe(900);
    expect(responsesPollSeconds({ configured: 60, explicit: false, notifications: false })).toBe(60);
  });

  it('keeps a value that was set', () => {
    expect(responsesPollSeconds({ configured: 3600, explicit: true, notifications: true })).toBe(3600);
    expect(responsesPollSeconds({ configured: 5, explicit: true, notifications: true })).toBe(5);
  });
});

describe('sameSecret', () => {
  it('matches only the same secret', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abc', 'abd')).toBe(false);
    expect(sameSecret('abc', 'abcd')).toBe(false);
    expect(sameSecret('abc', null)).toBe(false);
    expect(sameSecret('abc', '')).toBe(false);
  });
});

describe('syncSubscriptions', () => {
  it('creates, renews and deletes, each with a fresh secret and a 70-hour expiry', async () => {
    const { deps, calls, records } = fakes([aSubscription('a', 2), aSubscription('gone', 40)], ['a', 'b']);
    const result = await syncSubscriptions(deps);
    expect(result).toEqual({ created: 1, renewed: 1, removed: 1, failures: [] });
    expect(calls.created).toEqual(['b']);
    expect(calls.renewed).toEqual(['sub-a']);
    expect(calls.removed).toEqual(['sub-gone']);
    const b = [...records.values()].find((r) => r.organizerAadId === 'b')!;
    expect(b.clientState).toMatch(/^fresh-/);
    expect(b.expiresAt.getTime()).toBe(NOW.getTime() + 4200 * 60_000);
    expect(records.get('sub-a')!.expiresAt.getTime()).toBe(NOW.getTime() + 4200 * 60_000);
  });

  it('subscribes again when Graph no longer knows the subscription to renew', async () => {
    const { deps, calls, records, gone } = fakes([aSubscription('a', 2)], ['a']);
    gone.add('sub-a');
    const result = await syncSubscriptions(deps);
    expect(result).toMatchObject({ created: 1, renewed: 0, failures: [] });
    expect(calls.created).toEqual(['a']);
    expect(records.has('sub-a')).toBe(false);
  });

  it('keeps failures as data and goes on with the others', async () => {
    const { deps } = fakes([], ['a', 'b']);
    deps.graph.create = async (request) => {
      if (request.organizer === 'a') throw new CalendarError('refused', 'ValidationError', 400, false);
      return { id: 'ok', expiresAt: request.expiresAt };
    };
    const result = await syncSubscriptions(deps);
    expect(result.created).toBe(1);
    expect(result.failures).toEqual([{ organizer: 'a', code: 'ValidationError', message: 'refused' }]);
  });
});

describe('handleChangeNotifications', () => {
  const item = (overrides: object = {}) => ({
    subscriptionId: 'sub-a',
    clientState: 'secret-a',
    changeType: 'updated',
    resource: 'Users/a/Events/e1',
    resourceData: { id: 'e1' },
    ...overrides,
  });

  it("makes the organizer's session with that event due and runs the answers job once", async () => {
    const { deps, calls } = fakes([aSubscription('a', 48)]);
    const result = await handleChangeNotifications(deps, [item(), item({ resourceData: { id: 'e2' } })]);
    expect(result).toEqual({ accepted: 2, ignored: 0, sessions: 2 });
    expect(calls.marked).toEqual([
      { organizer: 'a', eventId: 'e1' },
      { organizer: 'a', eventId: 'e2' },
    ]);
    expect(calls.enqueued).toEqual([{ name: 'sessions.responses', data: { tenantId: 't1' } }]);
  });

  it('ignores a wrong or missing secret, an unknown subscription and another tenant', async () => {
    const { deps, calls } = fakes([aSubscription('a', 48)]);
    const result = await handleChangeNotifications(deps, [
      item({ clientState: 'secret-b' }),
      item({ clientState: undefined }),
      item({ subscriptionId: 'sub-x' }),
      item({ tenantId: 'another' }),
    ]);
    expect(result).toEqual({ accepted: 0, ignored: 4, sessions: 0 });
    expect(calls.marked).toEqual([]);
    expect(calls.enqueued).toEqual([]);
  });

  it('runs no job for an event that is no session', async () => {
    const { deps, calls } = fakes([aSubscription('a', 48)]);
    const result = await handleChangeNotifications(deps, [item({ resourceData: { id: 'unknown-event' } })]);
    expect(result).toEqual({ accepted: 1, ignored: 0, sessions: 0 });
    expect(calls.enqueued).toEqual([]);
  });
});

describe('handleLifecycleNotifications', () => {
  const lifecycle = (lifecycleEvent: string) => ({
    subscriptionId: 'sub-a',
    clientState: 'secret-a',
    lifecycleEvent,
  });

  it('renews on reauthorizationRequired', async () => {
    const { deps, calls } = fakes([aSubscription('a', 48)]);
    const result = await handleLifecycleNotifications(deps, [lifecycle('reauthorizationRequired')]);
    expect(result).toMatchObject({ renewed: 1, failures: [] });
    expect(calls.renewed).toEqual(['sub-a']);
    expect(calls.enqueued).toEqual([]);
  });

  it("subscribes again on subscriptionRemoved and reads all the organizer's sessions", async () => {
    const { deps, calls, records } = fakes([aSubscription('a', 48)]);
    const result = await handleLifecycleNotifications(deps, [lifecycle('subscriptionRemoved')]);
    expect(result).toMatchObject({ recreated: 1, failures: [] });
    expect(records.has('sub-a')).toBe(false);
    expect([...records.values()].map((r) => r.organizerAadId)).toEqual(['a']);
    expect(calls.marked).toEqual([{ organizer: 'a' }]);
    expect(calls.enqueued).toHaveLength(1);
  });

  it("reads all the organizer's sessions on missed", async () => {
    const { deps, calls } = fakes([aSubscription('a', 48)]);
    const result = await handleLifecycleNotifications(deps, [lifecycle('missed')]);
    expect(result).toMatchObject({ resynced: 1 });
    expect(calls.marked).toEqual([{ organizer: 'a' }]);
    expect(calls.enqueued).toHaveLength(1);
  });

  it('ignores a lifecycle notification without the secret', async () => {
    const { deps, calls } = fakes([aSubscription('a', 48)]);
    const result = await handleLifecycleNotifications(deps, [
      { ...lifecycle('subscriptionRemoved'), clientState: 'nope' },
    ]);
    expect(result).toMatchObject({ ignored: 1, recreated: 0 });
    expect(calls.created).toEqual([]);
  });
});
