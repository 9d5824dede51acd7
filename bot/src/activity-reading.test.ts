import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { activityLocale, activityTenantIds, commandOf, sessionIdOf } from './activity-reading';
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
