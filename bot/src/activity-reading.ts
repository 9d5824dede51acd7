import { type Activity, TurnContext } from 'botbuilder';

export type BotCommand = 'help';

const HELP_WORDS = new Set(['help', 'aide', '?']);

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
  if (value?.action === 'help') return 'help';
  const text = (activity.recipient?.id ? TurnContext.removeRecipientMention(activity) : activity.text) ?? '';
  const said = text.trim().toLowerCase();
  const words = said === '?' ? said : said.replace(/^\/+/, '').replace(/[\s.!?]+$/, '');
  return HELP_WORDS.has(words) ? 'help' : undefined;
}
