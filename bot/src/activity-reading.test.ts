import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import {
  activityLocale,
  activityTenantIds,
  cardAnswerOf,
  commandOf,
  sessionIdOf,
  surveyKindOf,
} from './activity-reading';
import { languageOf } from './i18n';

const bot = { id: '28:bot', name: 'Binôme' };

function message(fields: Partial<Activity>): Activity {
  return { type: 'message', recipient: bot, ...fields } as Activity;
}

describe('commandOf', () => {
  it.each(['help', 'aide', '?', 'HELP', ' Aide. ', 'help!', '/help', 'aide ?'])(
    'reads “%s” as help',
    (text) => {
      expect(commandOf(message({ text }))).toBe('help');
    },
  );

  it.each([
    ['join', 'join'],
    ['Rejoindre', 'join'],
    ['s’inscrire', 'join'],
    ['my profile', 'profile'],
    ['Mon  profil.', 'profile'],
    ['edit', 'edit'],
    ['modifier', 'edit'],
    ['withdraw', 'withdraw'],
    ['retirer', 'withdraw'],
    ['cancel', 'cancel'],
    ['Annuler !', 'cancel'],
    ['my sessions', 'sessions'],
    ['Mes séances', 'sessions'],
    ['mes seances', 'sessions'],
    ['reschedule my next session', 'reschedule'],
    ['Reschedule', 'reschedule'],
    ['reporter ma prochaine séance.', 'reschedule'],
    ['Déplacer ma prochaine séance', 'reschedule'],
    ['deplacer ma seance', 'reschedule'],
    ['cancel my next session', 'cancelSession'],
    ['annuler ma prochaine séance', 'cancelSession'],
    ['feedback', 'feedback'],
    ['Mon avis', 'feedback'],
    ['donner mon avis !', 'feedback'],
    ['surveys', 'surveys'],
    ['Enquêtes', 'surveys'],
    ['mes enquetes', 'surveys'],
  ])('reads “%s” as %s', (text, command) => {
    expect(commandOf(message({ text }))).toBe(command);
  });

  it.each(['', 'helpme', 'join the programme', 'what?'])('reads “%s” as nothing it knows', (text) => {
    expect(commandOf(message({ text }))).toBeUndefined();
  });

  it('reads the buttons of the welcome, help and profile cards, but not a form submission', () => {
    expect(commandOf(message({ value: { action: 'join' } }))).toBe('join');
    expect(commandOf(message({ value: { action: 'withdraw', programmeId: 'p1' } }))).toBe('withdraw');
    expect(commandOf(message({ value: { card: 'c1', act: 'cancel' } }))).toBeUndefined();
    expect(commandOf(message({ value: { action: 'cancel' } }))).toBeUndefined();
  });

  it('reads the buttons of “my sessions” and the session they name', () => {
    const button = message({ value: { action: 'cancelSession', sessionId: 's1' } });
    expect(commandOf(button)).toBe('cancelSession');
    expect(sessionIdOf(button)).toBe('s1');
    expect(commandOf(message({ value: { action: 'reschedule', sessionId: 's1' } }))).toBe('reschedule');
    expect(sessionIdOf(message({ text: 'reschedule' }))).toBeUndefined();
  });

  it('reads the buttons of the feedback and survey confirmations', () => {
    const feedback = message({ value: { action: 'feedback', sessionId: 's1' } });
    expect(commandOf(feedback)).toBe('feedback');
    expect(sessionIdOf(feedback)).toBe('s1');
    const survey = message({ value: { action: 'surveys', programmeId: 'p1', kind: 'post' } });
    expect(commandOf(survey)).toBe('surveys');
    expect(surveyKindOf(survey)).toBe('post');
    expect(surveyKindOf(message({ value: { action: 'surveys', kind: 'weekly' } }))).toBeUndefined();
  });

  it('ignores the @mention of the bot in a channel', () => {
    const activity = message({
      text: '<at>Binôme</at> aide',
      entities: [{ type: 'mention', mentioned: bot, text: '<at>Binôme</at>' }],
    });
    expect(commandOf(activity)).toBe('help');
  });

  it('reads a card button that sends { action: "help" }', () => {
    expect(commandOf(message({ value: { action: 'help' } }))).toBe('help');
  });

  it('copes with an activity that names no recipient', () => {
    expect(commandOf({ type: 'message', text: 'aide' } as Activity)).toBe('help');
  });
});

describe('cardAnswerOf', () => {
  it('reads a feedback card: its session and its inputs, as strings', () => {
    const activity = message({
      value: {
        form: 'feedback',
        sessionId: 's1',
        tookPlace: 'yes',
        rating: 4,
        private: false,
        extra: { x: 1 },
      },
    });
    expect(cardAnswerOf(activity)).toEqual({
      form: 'feedback',
      sessionId: 's1',
      values: { tookPlace: 'yes', rating: '4', private: 'false' },
    });
    expect(commandOf(activity)).toBeUndefined();
  });

  it('reads a survey card: its programme and kind', () => {
    expect(
      cardAnswerOf(message({ value: { form: 'survey', programmeId: 'p1', kind: 'pulse', nps: '9' } })),
    ).toEqual({ form: 'survey', programmeId: 'p1', kind: 'pulse', values: { nps: '9' } });
  });

  it('reads nothing from other cards, typed text, or an answer that names no session or survey', () => {
    expect(cardAnswerOf(message({ value: { card: 'c1', act: 'next' } }))).toBeUndefined();
    expect(cardAnswerOf(message({ text: 'feedback' }))).toBeUndefined();
    expect(cardAnswerOf(message({ value: { form: 'feedback', tookPlace: 'yes' } }))).toBeUndefined();
    expect(
      cardAnswerOf(message({ value: { form: 'survey', programmeId: 'p1', kind: 'weekly' } })),
    ).toBeUndefined();
  });
});

describe('activityLocale and languageOf', () => {
  it('prefers the activity locale, then the Teams clientInfo entity', () => {
    expect(activityLocale({ locale: 'fr-CA' })).toBe('fr-CA');
    expect(activityLocale({ entities: [{ type: 'clientInfo', locale: 'fr-FR' }] })).toBe('fr-FR');
    expect(activityLocale({})).toBeUndefined();
  });

  it.each([
    ['fr-FR', 'fr'],
    ['FR-be', 'fr'],
    ['fr', 'fr'],
    ['en-GB', 'en'],
    ['de-DE', 'en'],
    [undefined, 'en'],
  ])('speaks %s as %s', (locale, language) => {
    expect(languageOf(locale)).toBe(language);
  });
});

describe('activityTenantIds', () => {
  it('collects the tenant from the conversation and from the channel data', () => {
    expect(
      activityTenantIds({
        conversation: { tenantId: 't1' } as Activity['conversation'],
        channelData: { tenant: { id: 't2' } },
      }),
    ).toEqual(['t1', 't2']);
    expect(activityTenantIds({})).toEqual([]);
  });
});
