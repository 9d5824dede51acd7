import type { app } from '@microsoft/teams-js';
import { describe, expect, it } from 'vitest';
import { detectHost, hostKindOf, PLAIN_BROWSER, type TeamsApp } from './detect-host';

function aHost(name: string, theme = 'default', locale = 'fr-fr'): TeamsApp {
  return {
    initialize: () => Promise.resolve(),
    getContext: () => Promise.resolve({ app: { host: { name }, theme, locale } } as unknown as app.Context),
  };
}

describe('detectHost', () => {
  it('names the host, its theme and locale from the context', async () => {
    expect(await detectHost({ teams: aHost('Teams', 'dark', 'fr-fr') })).toEqual({
      kind: 'teams',
      theme: 'dark',
      locale: 'fr-fr',
    });
  });

  it('treats an unknown theme (glass) as the default one', async () => {
    expect((await detectHost({ teams: aHost('TeamsModern', 'glass') })).theme).toBe('default');
  });

  it('falls back to a plain browser when initialize fails', async () => {
    const teams: TeamsApp = { ...aHost('Teams'), initialize: () => Promise.reject(new Error('no parent')) };
    expect(await detectHost({ teams })).toEqual(PLAIN_BROWSER);
  });

  it('falls back to a plain browser when the host never answers', async () => {
    const teams: TeamsApp = { ...aHost('Teams'), initialize: () => new Promise(() => {}) };
    expect(await detectHost({ teams, timeoutMs: 20 })).toEqual(PLAIN_BROWSER);
  });
});

describe('hostKindOf', () => {
  it.each([
    ['Teams', 'teams'],
    ['TeamsModern', 'teams'],
    ['Outlook', 'outlook'],
    ['OutlookWin32', 'outlook'],
    ['Office', 'office'],
  ])('maps %s to %s', (name, kind) => {
    expect(hostKindOf(name)).toBe(kind);
  });
});
