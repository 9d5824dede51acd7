import { describe, expect, it } from 'vitest';
import { GraphError } from '../graph-error';
import { validationUrl } from './subscription-webhooks';
import { checkExpiry, eventsResourceOwner } from './subscriptions';

const NOW = new Date('2027-03-01T09:00:00Z');

describe('eventsResourceOwner', () => {
  it("reads the mailbox of a user's events, with or without the calendar segment", () => {
    expect(eventsResourceOwner('users/4f1c/events')).toEqual({ user: '4f1c' });
    expect(eventsResourceOwner('/Users/ana@contoso.com/calendar/events')).toEqual({
      user: 'ana@contoso.com',
    });
    expect(eventsResourceOwner("users('4f1c')/events")).toBeUndefined();
    expect(eventsResourceOwner('me/events')).toEqual({ me: true });
  });

  it('refuses other resources', () => {
    expect(eventsResourceOwner('users/4f1c/messages')).toBeUndefined();
    expect(eventsResourceOwner('users/4f1c/events/abc')).toBeUndefined();
    expect(eventsResourceOwner('users')).toBeUndefined();
  });
});

describe('checkExpiry', () => {
  const error = (value: string) => {
    try {
      checkExpiry(value, NOW);
    } catch (e) {
      return e as GraphError;
    }
    throw new Error('accepted');
  };

  it('takes up to 4230 minutes ahead', () => {
    const max = new Date(NOW.getTime() + 4230 * 60_000).toISOString();
    expect(checkExpiry(max, NOW).toISOString()).toBe(max);
    expect(checkExpiry('2027-03-02T09:00:00', NOW).toISOString()).toBe('2027-03-02T09:00:00.000Z');
  });

  it('refuses one minute more, as Graph does', () => {
    const e = error(new Date(NOW.getTime() + 4231 * 60_000).toISOString());
    expect(e).toBeInstanceOf(GraphError);
    expect(e).toMatchObject({ status: 400, code: 'ExtensionError' });
    expect(e.message).toBe('Subscription expiration can only be 4230 minutes in the future.');
  });

  it('refuses an expiry that has passed', () => {
    expect(error('2027-03-01T08:59:59Z')).toMatchObject({ status: 400, code: 'InvalidRequest' });
  });
});

describe('validationUrl', () => {
  it('adds the encoded token to the query the URL already has', () => {
    const url = validationUrl('https://binome.example/hook?tenant=a', 'Validation: a b+c');
    const parsed = new URL(url);
    expect(parsed.searchParams.get('tenant')).toBe('a');
    expect(parsed.searchParams.get('validationToken')).toBe('Validation: a b+c');
  });
});
