import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { en } from '../../bot/src/i18n/en';
import { fr } from '../../bot/src/i18n/fr';
import { backends } from '../support/databases';
import {
  BOT_ID,
  cardSubmitActivity,
  installActivity,
  installationUpdateActivity,
  messageActivity,
  OTHER_TENANT,
  OUR_TENANT,
  USER_AAD_ID,
} from './support/activities';
import { type BotApp, startBotApp } from './support/bot-app';
import { type RecordingConnector, startRecordingConnector } from './support/recording-connector';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

interface CardAttachment {
  contentType: string;
  content: { type: string; version: string; body: { text?: string }[]; actions?: Record<string, unknown>[] };
}

function cardOf(body: Record<string, unknown>): CardAttachment['content'] {
  const attachments = body.attachments as CardAttachment[] | undefined;
  expect(attachments).toHaveLength(1);
  expect(attachments![0]!.contentType).toBe(ADAPTIVE_CARD);
  return attachments![0]!.content;
}

function textsOf(card: CardAttachment['content']): string[] {
  return card.body.map((element) => element.text).filter((text): text is string => typeof text === 'string');
}

describe.each(backends())('the bot endpoint without an app id (%s)', (backend) => {
  let connector: RecordingConnector;
  let bot: BotApp;
  const on = () => ({ serviceUrl: connector.url });

  beforeAll(async () => {
    connector = await startRecordingConnector();
    bot = await startBotApp({ backend });
  });
  afterAll(async () => {
    await bot?.close();
    await connector?.close();
  });
  beforeEach(() => connector.clear());

  describe('when a person installs the app', () => {
    it('welcomes them in French with an Adaptive Card 1.5 for a fr-FR locale', async () => {
      const response = await bot.post(installActivity({ ...on(), locale: 'fr-FR' }));

      expect(response.status).toBe(200);
      expect(connector.sent).toHaveLength(1);
      const card = cardOf(connector.sent[0]!.body);
      expect(card.type).toBe('AdaptiveCard');
      expect(card.version).toBe('1.5');
      expect(textsOf(card)).toContain(fr.welcome.title);
      expect(card.actions).toEqual([
        expect.objectContaining({
          type: 'Action.Submit',
          title: fr.signUp.buttons.join,
          data: { action: 'join' },
        }),
        expect.objectContaining({ type: 'Action.Submit', title: fr.help.button }),
      ]);
    });

    it('welcomes them in English for an en-GB locale', async () => {
      await bot.post(installActivity({ ...on(), locale: 'en-GB' }));

      const card = cardOf(connector.sent[0]!.body);
      expect(card.version).toBe('1.5');
      expect(textsOf(card)).toContain(en.welcome.title);
    });

    it('saves where to reach them, keyed by their Entra object id', async () => {
      const aadObjectId = 'b0000000-0000-4000-8000-000000000001';
      await bot.post(installActivity({ ...on(), locale: 'fr-FR', aadObjectId }));

      const saved = await bot.conversations.get(OUR_TENANT, aadObjectId);
      expect(saved).toMatchObject({
        conversationId: `a:personal-${aadObjectId}`,
        locale: 'fr-FR',
        reference: { serviceUrl: connector.url, bot: { id: BOT_ID }, conversation: { tenantId: OUR_TENANT } },
      });
    });

    it('saves the conversation on a Teams installationUpdate without welcoming twice', async () => {
      const aadObjectId = 'b0000000-0000-4000-8000-000000000002';
      const response = await bot.post(installationUpdateActivity({ ...on(), aadObjectId }));

      expect(response.status).toBe(200);
      expect(connector.sent).toHaveLength(0);
      expect(await bot.conversations.get(OUR_TENANT, aadObjectId)).toBeDefined();
    });

    it('answers with no bearer token, since authentication is off without an app id', async () => {
      await bot.post(installActivity(on()));

      expect(connector.sent[0]!.authorization).toBeUndefined();
    });
  });

  describe('when a person writes', () => {
    it.each([
      ['help', 'en-GB', en],
      ['aide', 'fr-FR', fr],
      ['?', 'fr-FR', fr],
      ['  Help! ', 'en-US', en],
    ])('answers “%s” with the help card (%s)', async (text, locale, messages) => {
      await bot.post(messageActivity(text, { ...on(), locale }));

      expect(connector.sent).toHaveLength(1);
      const card = cardOf(connector.sent[0]!.body);
      expect(card.version).toBe('1.5');
      expect(textsOf(card)).toContain(messages.help.title);
    });

    it('answers the help button of a card, which sends a value rather than text', async () => {
      await bot.post(cardSubmitActivity({ action: 'help' }, { ...on(), locale: 'fr-FR' }));

      expect(textsOf(cardOf(connector.sent[0]!.body))).toContain(fr.help.title);
    });

    it('re-prompts in their language when it does not understand', async () => {
      await bot.post(messageActivity('bonjour', { ...on(), locale: 'fr-CA' }));
      await bot.post(messageActivity('what now?', { ...on(), locale: 'en-GB' }));

      expect(connector.sent.map((sent) => sent.body.text)).toEqual([fr.notUnderstood, en.notUnderstood]);
    });

    it('replies in the thread of the message it answers', async () => {
      const message = messageActivity('help', on());
      await bot.post(message);

      expect(connector.sent[0]).toMatchObject({
        conversationId: `a:personal-${USER_AAD_ID}`,
        replyToId: message.id,
      });
    });

    it('refreshes the saved conversation on every message', async () => {
      const aadObjectId = 'b0000000-0000-4000-8000-000000000003';
      await bot.post(messageActivity('help', { ...on(), aadObjectId, locale: 'en-GB' }));
      await bot.post(messageActivity('aide', { ...on(), aadObjectId, locale: 'fr-FR' }));

      const saved = await bot.conversations.get(OUR_TENANT, aadObjectId);
      expect(saved?.locale).toBe('fr-FR');
    });

    it('apologises in their language when the turn fails, and the service keeps going', async () => {
      connector.failNext(1);
      const failed = await bot.post(messageActivity('aide', { ...on(), locale: 'fr-FR' }));

      expect(failed.status).toBe(200);
      expect(connector.sent.map((sent) => sent.body.text)).toEqual([fr.turnError]);
      await bot.post(messageActivity('help', on()));
      expect(connector.sent).toHaveLength(2);
    });
  });

  describe('when the activity comes from another tenant', () => {
    it('ignores it: nothing is sent and nothing is saved', async () => {
      const aadObjectId = 'b0000000-0000-4000-8000-000000000004';
      const response = await bot.post(installActivity({ ...on(), tenantId: OTHER_TENANT, aadObjectId }));

      expect(response.status).toBe(200);
      expect(connector.sent).toHaveLength(0);
      const store = bot.conversations;
      expect(await store.get(OUR_TENANT, aadObjectId)).toBeUndefined();
      expect(await store.get(OTHER_TENANT, aadObjectId)).toBeUndefined();
    });

    it('ignores it when only the channel data names the other tenant', async () => {
      const activity = messageActivity('help', on());
      activity.channelData = { tenant: { id: OTHER_TENANT } };
      await bot.post(activity);

      expect(connector.sent).toHaveLength(0);
    });
  });

  describe('when the request is not an activity', () => {
    it('refuses malformed JSON with a 400 problem', async () => {
      const response = await bot.post('{"type": "message",');

      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(await response.json()).toMatchObject({ status: 400 });
    });

    it('refuses JSON that is not an activity with a 400 problem', async () => {
      const response = await bot.post([1, 2, 3]);

      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ status: 400, code: 'invalid_activity' });
      expect(connector.sent).toHaveLength(0);
    });
  });
});

describe('the bot endpoint with an app id configured', () => {
  let connector: RecordingConnector;
  let bot: BotApp;

  beforeAll(async () => {
    connector = await startRecordingConnector();
    // Refused before any state is touched, so memory will do.
    bot = await startBotApp({
      backend: 'memory',
      config: {
        appId: '00000000-0000-4000-8000-00000000b0b0',
        appPassword: 'not-a-real-secret',
        appType: 'MultiTenant',
      },
    });
  });
  afterAll(async () => {
    await bot?.close();
    await connector?.close();
  });

  it('refuses an activity without an Authorization header and sends nothing', async () => {
    const response = await bot.post(messageActivity('help', { serviceUrl: connector.url }));

    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(connector.sent).toHaveLength(0);
  });

  it('refuses an activity with a token that is not a Bot Framework token', async () => {
    const response = await bot.post(installActivity({ serviceUrl: connector.url }), {
      authorization: 'Bearer garbage',
    });

    expect(response.status).toBe(401);
    expect(connector.sent).toHaveLength(0);
  });
});
