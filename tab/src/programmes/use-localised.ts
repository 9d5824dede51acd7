import { useTranslation } from 'react-i18next';
import { languageOf } from '../i18n/i18n';

/** Picks the UI language's side of a `{ fr, en }` text, falling back to the other one when empty. */
export function useLocalised(): (text: { fr: string; en: string } | null | undefined) => string {
  const { i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  return (text) => {
    if (!text) return '';
    return text[language] || text[language === 'fr' ? 'en' : 'fr'];
  };
}
