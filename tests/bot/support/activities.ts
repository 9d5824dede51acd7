/** Teams-shaped activities for bot tests: a personal chat between one person and the bot. */
export const OUR_TENANT = '11111111-2222-4333-8444-555555555555';
export const OTHER_TENANT = '99999999-8888-4777-8666-555555555555';
export const BOT_ID = '28:binome-bot';
export const USER_AAD_ID = 'a1b2c3d4-0000-4000-8000-00000000c0de';

export interface ActivityOptions {
  serviceUrl: string;
  locale?: string;
  tenantId?: string;
  aadObjectId?: string;
}

let counter = 0;

function base(type: string, options: ActivityOptions): Record<string, unknown> {
  const tenantId = options.tenantId ?? OUR_TENANT;
  counter += 1;
  return {
    type,
    id: `activity-${counter}`,
    timestamp: new Date().toISOString(),
    serviceUrl: options.serviceUrl,
    channelId: 'msteams',
    from: { id: '29:user-1', name: 'Claire Martin', aadObjectId: options.aadObjectId ?? USER_AAD_ID },
    recipient: { id: BOT_ID, name: 'Binôme' },
    conversation: {
      id: `a:personal-${options.aadObjectId ?? USER_AAD_ID}`,
      conversationType: 'personal',
      tenantId,
    },
    channelData: { tenant: { id: tenantId } },
    locale: options.locale ?? 'en-GB',
  };
}

/** What Teams sends when the person installs the app: the bot joins the personal chat. */
export function installActivity(options: ActivityOptions): Record<string, unknown> {
  return { ...base('conversationUpdate', options), membersAdded: [{ id: BOT_ID }, { id: '29:user-1' }] };
}

export function installationUpdateActivity(options: ActivityOptions): Record<string, unknown> {
  return { ...base('installationUpdate', options), action: 'add' };
}

export function messageActivity(text: string, options: ActivityOptions): Record<string, unknown> {
  return { ...base('message', options), text, textFormat: 'plain' };
}

/** A press on a card button whose data carries `{ action }` instead of text. */
export function cardSubmitActivity(
  value: Record<string, unknown>,
  options: ActivityOptions,
): Record<string, unknown> {
  return { ...base('message', options), value };
}
