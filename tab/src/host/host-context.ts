import { createContext, useContext } from 'react';
import { type HostInfo, PLAIN_BROWSER } from './detect-host';
import type { ThemeChoice, ThemeName } from './theme';

export interface HostState {
  host: HostInfo;
  theme: ThemeName;
  /** The person's theme choice; only a plain browser offers one (hosts impose theirs). */
  themeChoice: ThemeChoice | null;
  setThemeChoice: (choice: ThemeChoice) => void;
}

export const HostContext = createContext<HostState>({
  host: PLAIN_BROWSER,
  theme: 'light',
  themeChoice: 'system',
  setThemeChoice: () => {},
});

export function useHost(): HostState {
  return useContext(HostContext);
}
