import { type Activity, TurnContext } from 'botbuilder';
import type { Caller } from '../../api/src/app/caller';

export type BotCommand =
  | 'help'
  | 'join'
  | 'profile'
  | 'edit'
  | 'withdraw'
  | 'cancel'
  | 'sessions'
  | 'reschedule'
  | 'cancelSession';

/** What people type, in English or French, after lower-casing and trimming punctuation. */
const COMMAND_WORDS: Record<BotCommand, string[]> = {
  help: ['help', 'aide', '?'],
  join: ['join', 'rejoindre', 'sign up', 'signup', "s'inscrire", "m'inscrire", 'inscription'],
  profile: ['my profile', 'profile', 'mon profil', 'profil'],
  edit: ['edit', 'modifier'],
  withdraw: ['withdraw', 'retirer', 'me retirer'],
  cancel: ['cancel', 'annuler', 'stop', 'arrêter'],
  sessions: [
    'my sessions',
    'sessions',
    'my next sessions',
    'my upcoming sessions',
    'mes séances',
    'séances',
    'mes prochaines séances',
  ],
  reschedule: [
    'reschedule',
    'reschedule my next session',
    'reschedule my session',
    'move my next session',
    'move my session',
    'reporter',
    'reporter ma prochaine séance',
    'reporter ma séance',
    'déplacer ma prochaine séance',
    'déplacer ma séance',
    'décaler ma prochaine séance',
    'décaler ma séance',
  ],
  cancelSession: [
    'cancel my next session',
    'cancel my session',
    'annuler ma prochaine séance',
    'annuler ma séance',
  ],
};
const COMMANDS = Object.keys(COMMAND_WORDS) as BotCommand[];
/** Buttons may ask for any command but cancel, which only the card that is waiting can send. */
const BUTTON_COMMANDS = new Set<string>([
  'help',
  'join',
  'profile',
  'edit',
  'withdraw',
  'sessions',
  'reschedule',
  'cancelSession',
]);

/** Lower case without accents, so “seances” and “déplacer” typed either way are understood. */
const folded = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const COMMAND_KEYS = new Map(
  COMMANDS.flatMap((command) => COMMAND_WORDS[command].map((words) => [folded(words), command] as const)),
);

/** The tenants an activity says it comes from: Teams states it both on the conversation and in channel data. */
export function activityTenantIds(activity: Partial<Activity>): string[] {
  const fromChannel = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  return [activity.conversation?.tenantId, fromChannel].filter(
    (id): id is string => typeof id === 'string' && id.length > 0,
  );
}

/** The activity's locale, or the one Teams puts in its `clientInfo` entity when the field is missing. */
export function activityLocale(activity: Partial<Activity>): string | undefined {
  if (activity.locale) return activity.locale;
  const clientInfo = activity.entities?.find((entity) => entity.type === 'clientInfo') as
    | { locale?: unknown }
    | undefined;
  return typeof clientInfo?.locale === 'string' ? clientInfo.locale : undefined;
}

/** What the person asked for: typed text (with any @mention of the bot removed) or a card button's value. */
export function commandOf(activity: Activity): BotCommand | undefined {
  const value = activity.value as { action?: unknown } | undefined;
  if (typeof value?.action === 'string' && BUTTON_COMMANDS.has(value.action))
    return value.action as BotCommand;
  if (value !== undefined && value !== null) return undefined;
  const text = (activity.recipient?.id ? TurnContext.removeRecipientMention(activity) : activity.text) ?? '';
  const said = text
    .trim()
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .replace(/\s+/g, ' ');
  const words = said === '?' ? said : said.replace(/^\/+/, '').replace(/[\s.!?]+$/, '');
  return COMMAND_KEYS.get(folded(words));
}

/** The programme a button is about (the Edit and Withdraw buttons of “my profile”). */
export function programmeIdOf(activity: Activity): string | undefined {
  const id = (activity.value as { programmeId?: unknown } | undefined)?.programmeId;
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}

/** The session a button is about (the buttons of “my sessions”). */
export function sessionIdOf(activity: Activity): string | undefined {
  const id = (activity.value as { sessionId?: unknown } | undefined)?.sessionId;
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}

/** The person behind a Teams message; undefined when it carries no Entra object id (not from Teams). */
export function callerOf(activity: Activity, tenantId: string): Caller | undefined {
  const aadId = activity.from?.aadObjectId;
  return aadId ? { tenantId, aadId, tenantRoles: [] } : undefined;
}
