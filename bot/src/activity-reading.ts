import { type Activity, TurnContext } from 'botbuilder';
import type { Caller } from '../../api/src/app/caller';
import { type SurveyKind, surveyKind } from '../../api/src/contract/feedback';

export type BotCommand =
  | 'help'
  | 'join'
  | 'profile'
  | 'edit'
  | 'withdraw'
  | 'cancel'
  | 'sessions'
  | 'reschedule'
  | 'cancelSession'
  | 'feedback'
  | 'surveys';

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
  feedback: [
    'feedback',
    'my feedback',
    'give feedback',
    'give my feedback',
    'mon avis',
    'avis',
    'donner mon avis',
    'mon retour',
  ],
  surveys: ['surveys', 'survey', 'my surveys', 'enquêtes', 'enquête', 'mes enquêtes'],
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
  'feedback',
  'surveys',
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

/** The survey a button is about (“change my answers” after a survey). */
export function surveyKindOf(activity: Activity): SurveyKind | undefined {
  const kind = surveyKind.safeParse((activity.value as { kind?: unknown } | undefined)?.kind);
  return kind.success ? kind.data : undefined;
}

/**
 * What a feedback or survey card sent: which session or survey, and its inputs as Teams sends
 * them (strings). These cards arrive unprompted, so no dialog waits for them.
 */
export type CardAnswer =
  | { form: 'feedback'; sessionId: string; values: Record<string, string> }
  | { form: 'survey'; programmeId: string; kind: SurveyKind; values: Record<string, string> };

const ANSWER_KEYS = new Set(['form', 'sessionId', 'programmeId', 'kind']);

export function cardAnswerOf(activity: Activity): CardAnswer | undefined {
  const value = activity.value as Record<string, unknown> | undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const values: Record<string, string> = {};
  for (const [key, field] of Object.entries(value)) {
    if (ANSWER_KEYS.has(key)) continue;
    if (typeof field === 'string' || typeof field === 'number' || typeof field === 'boolean')
      values[key] = String(field);
  }
  if (value.form === 'feedback') {
    const sessionId = sessionIdOf(activity);
    return sessionId ? { form: 'feedback', sessionId, values } : undefined;
  }
  if (value.form === 'survey') {
    const programmeId = programmeIdOf(activity);
    const kind = surveyKindOf(activity);
    return programmeId && kind ? { form: 'survey', programmeId, kind, values } : undefined;
  }
  return undefined;
}

/** The person behind a Teams message; undefined when it carries no Entra object id (not from Teams). */
export function callerOf(activity: Activity, tenantId: string): Caller | undefined {
  const aadId = activity.from?.aadObjectId;
  return aadId ? { tenantId, aadId, tenantRoles: [] } : undefined;
}
