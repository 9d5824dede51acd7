import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';

export type UiLanguage = 'fr' | 'en';

const STORAGE_KEY = 'binome.language';

/** `fr`, `fr-FR`, `fr-ca`… are French; every other locale falls back to English. */
export function languageOf(locale: string | null | undefined): UiLanguage {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The language chosen earlier in this browser, if any. */
export function storedLanguage(): UiLanguage | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'fr' || value === 'en' ? value : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(language: UiLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be blocked in embedded webviews; the choice then lasts for the page only.
  }
}

/**
 * The language to start in: the one chosen earlier here, else the host's locale, else the
 * browser's. Null when none is known (the person's preferred language then decides).
 */
export function initialLanguage(hostLocale: string | null): UiLanguage | null {
  const locale = hostLocale || (typeof navigator === 'undefined' ? null : navigator.language);
  return storedLanguage() ?? (locale ? languageOf(locale) : null);
}

export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  instance.use(initReactI18next).init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  document.documentElement.lang = language;
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return instance;
}
