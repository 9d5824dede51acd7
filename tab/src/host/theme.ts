import {
  type Theme,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
} from '@fluentui/react-components';
import type { HostTheme } from './detect-host';

/** What a person picks in a plain browser; `system` follows the operating system. */
export type ThemeChoice = 'system' | 'light' | 'dark' | 'contrast';
export type ThemeName = 'light' | 'dark' | 'contrast';

export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark', 'contrast'];

const STORAGE_KEY = 'binome.theme';

export const fluentThemes: Record<ThemeName, Theme> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

export function themeOfHost(theme: HostTheme): ThemeName {
  return theme === 'default' ? 'light' : theme;
}

export function systemTheme(media: (query: string) => boolean): ThemeName {
  if (media('(forced-colors: active)')) return 'contrast';
  return media('(prefers-color-scheme: dark)') ? 'dark' : 'light';
}

export function storedThemeChoice(): ThemeChoice {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return THEME_CHOICES.find((choice) => choice === value) ?? 'system';
  } catch {
    return 'system';
  }
}

export function rememberThemeChoice(choice: ThemeChoice): void {
  try {
    localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Blocked storage: the choice lasts for this page only.
  }
}
