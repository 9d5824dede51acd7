import { app } from '@microsoft/teams-js';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { type HostInfo, hostThemeOf } from './detect-host';
import {
  rememberThemeChoice,
  storedThemeChoice,
  systemTheme,
  type ThemeChoice,
  type ThemeName,
  themeOfHost,
} from './theme';

const QUERIES = ['(forced-colors: active)', '(prefers-color-scheme: dark)'];

function subscribeToSystem(onChange: () => void): () => void {
  const lists = QUERIES.map((query) => window.matchMedia(query));
  for (const list of lists) list.addEventListener('change', onChange);
  return () => {
    for (const list of lists) list.removeEventListener('change', onChange);
  };
}

function readSystemTheme(): ThemeName {
  return systemTheme((query) => window.matchMedia(query).matches);
}

/** The theme to render: the host's (followed live) or, in a browser, the person's choice. */
export function useTheme(host: HostInfo | null): {
  theme: ThemeName;
  themeChoice: ThemeChoice | null;
  setThemeChoice: (choice: ThemeChoice) => void;
} {
  const system = useSyncExternalStore(subscribeToSystem, readSystemTheme);
  const [choice, setChoice] = useState<ThemeChoice>(storedThemeChoice);
  const [hostTheme, setHostTheme] = useState<ThemeName | null>(null);
  const inHost = host !== null && host.kind !== 'browser';

  useEffect(() => {
    if (inHost) app.registerOnThemeChangeHandler((next) => setHostTheme(themeOfHost(hostThemeOf(next))));
  }, [inHost]);

  const setThemeChoice = useCallback((next: ThemeChoice) => {
    rememberThemeChoice(next);
    setChoice(next);
  }, []);

  const theme = inHost
    ? (hostTheme ?? themeOfHost(host.theme ?? 'default'))
    : choice === 'system'
      ? system
      : choice;
  const themeChoice = inHost ? null : choice;
  return useMemo(() => ({ theme, themeChoice, setThemeChoice }), [theme, themeChoice, setThemeChoice]);
}
