import { app } from '@microsoft/teams-js';

export type HostKind = 'teams' | 'outlook' | 'office' | 'browser';
/** Teams' theme names; `glass` is treated as `default`. */
export type HostTheme = 'default' | 'dark' | 'contrast';

export interface HostInfo {
  kind: HostKind;
  /** The host's theme; null in a plain browser. */
  theme: HostTheme | null;
  /** The host's UI locale, e.g. `fr-fr`; null in a plain browser. */
  locale: string | null;
}

export const PLAIN_BROWSER: HostInfo = { kind: 'browser', theme: null, locale: null };

/** Port on teams-js, so tests and the plain-browser path need no host. */
export type TeamsApp = Pick<typeof app, 'initialize' | 'getContext'>;

export function hostKindOf(hostName: string): HostKind {
  switch (hostName) {
    case 'Teams':
    case 'TeamsModern':
      return 'teams';
    case 'Outlook':
    case 'OutlookWin32':
      return 'outlook';
    default:
      return 'office';
  }
}

export function hostThemeOf(theme: string | undefined): HostTheme {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer from the host within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * Asks teams-js which Microsoft 365 host embeds the tab. A framed page whose parent is no host
 * never gets an answer, hence the time limit; any failure means a plain browser.
 */
export async function detectHost({
  teams = app,
  timeoutMs = 1500,
}: {
  teams?: TeamsApp;
  timeoutMs?: number;
} = {}): Promise<HostInfo> {
  try {
    await withTimeout(teams.initialize(), timeoutMs);
    const context = await withTimeout(teams.getContext(), timeoutMs);
    return {
      kind: hostKindOf(context.app.host.name),
      theme: hostThemeOf(context.app.theme),
      locale: context.app.locale || null,
    };
  } catch {
    return PLAIN_BROWSER;
  }
}
