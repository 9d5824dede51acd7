import type { Locale } from '../pairing/score/types';
import type { SchedulingMessages } from './messages';
import { EN } from './messages.en';
import { FR } from './messages.fr';

export const SCHEDULING_MESSAGES: Readonly<Record<Locale, SchedulingMessages>> = { fr: FR, en: EN };
