import { en } from './en';
import { fr } from './fr';
import type { BotMessages } from './messages';

export type { BotMessages } from './messages';

export type BotLanguage = 'fr' | 'en';

/** French for any `fr*` locale (fr-FR, fr-CA, fr-BE…), English otherwise. */
export function languageOf(locale: string | undefined | null): BotLanguage {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function messagesFor(locale: string | undefined | null): BotMessages {
  return languageOf(locale) === 'fr' ? fr : en;
}

/** Fills `{name}` placeholders of a catalogue sentence; unknown names are left as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) =>
    values[key] === undefined ? `{${key}}` : String(values[key]),
  );
}
