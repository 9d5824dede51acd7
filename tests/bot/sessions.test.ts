import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localSlotText } from '../../api/src/app/session-event';
import { fill } from '../../bot/src/i18n';
import { en } from '../../bot/src/i18n/en';
import { fr } from '../../bot/src/i18n/fr';
import { startTestApp, type TestApp } from '../support/app';
import { backends } from '../support/databases';
import { apiClient } from '../support/http';
import type { Volunteer } from '../support/scenarios';
import { type BookedScenario, sessionsBooked } from './support/booked-sessions';
import { type RecordingConnector, startRecordingConnector } from './support/recording-connector';
import { type CardContent, Chat, elementsOf, textOf } from './support/service-chat';

/** A session as `GET /api/v1/sessions/:id` and `/me/sessions` give it. */
interface SessionDto {
  id: string;
  number: number;
  of: number;
  status: string;
  label: { fr: string; en: string };
  startsAt: string | null;
  endsAt: string | null;
  window: { target: string };
  joinUrl: string | null;
  mentee: { aadId: string; displayName: string; timeZone: string | null };
  mentor: { aadId: string; displayName: string; timeZone: string | null };
  can: { reschedule: boolean; cancel: boolean };
  cancelReason: string | null;
}

const UPCOMING = ['planned', 'booked', 'needs_slot', 'failed'];
const soonest = (s: SessionDto) => s.startsAt ?? `${s.window.target}T12:00:00.000Z`;

/** “My sessions”, moving the next one and cancelling one, through `/api/messages` of the whole service. */
describe.each(backends())('sessions in the bot on %s', (database) => {
  let app: TestApp;
  let connector: RecordingConnector;
  let call: ReturnType<typeof apiClient>;
  let scenario: BookedScenario;
  let mentee: Volunteer;

  const chat = (person: { aadId: string }, locale: string) =>
    new Chat(() => app.baseUrl, connector, person, locale, app.service.config.microsoft.tenantId);

  async function sessionsOf(person: Volunteer): Promise<SessionDto[]> {
    const mine = await call('GET', '/api/v1/me/sessions', { token: person.token });
    expect(mine.status, JSON.stringify(mine.body)).toBe(200);
    return (mine.body.items as SessionDto[])
      .filter((s) => UPCOMING.includes(s.status))
      .sort((a, b) => soonest(a).localeCompare(soonest(b)));
  }

  async function sessionById(id: string, person: Volunteer): Promise<SessionDto> {
    const got = await call('GET', `/api/v1/sessions/${id}`, { token: person.token });
    expect(got.status, JSON.stringify(got.body)).toBe(200);
    return got.body;
  }

  /** The words the bot fills in about a session, from the mentee's side. */
  function wordsOf(s: SessionDto, language: 'fr' | 'en') {
    const me = s.mentee.aadId === mentee.aadId ? s.mentee : s.mentor;
    const partner = me === s.mentee ? s.mentor : s.mentee;
    const slot = { startsAt: new Date(s.startsAt!), endsAt: new Date(s.endsAt!) };
    return {
      number: s.number,
      of: s.of,
      theme: s.label[language],
      partner: partner.displayName,
      when: localSlotText(slot, me.timeZone ?? scenario.programmeZone, language),
    };
  }

  const buttonsOf = (card: CardContent) =>
    elementsOf(card).filter((e) => e.type === 'Action.Submit' || e.type === 'Action.OpenUrl');
  const buttonFor = (card: CardContent, action: string, sessionId: string) => {
    const button = buttonsOf(card).find((e) => {
      const data = e.data as Record<string, string> | undefined;
      return data?.action === action && data.sessionId === sessionId;
    });
    if (!button) throw new Error(`no ${action} button for ${sessionId}: ${textOf(card)}`);
    return button.data as Record<string, string>;
  };

  beforeAll(async () => {
    app = await startTestApp({ database, env: { DEMO_EMPTY: 'true' } });
    connector = await startRecordingConnector();
    call = apiClient(app.baseUrl);
    scenario = await sessionsBooked(app, { mentors: 2, mentees: 3 });
    // A mentee whose next session is booked, so the card has a Teams link to show.
    for (const candidate of scenario.volunteers.filter((v) => v.role === 'mentee')) {
      const [next] = await sessionsOf(candidate);
      if (next?.status === 'booked' && next.joinUrl) {
        mentee = candidate;
        break;
      }
    }
    expect(mentee, 'no mentee with a booked next session').toBeDefined();
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await connector?.close();
  });

  it('lists the next sessions in French, in the person’s own time zone, with Join, Find another time and Cancel', async () => {
    const upcoming = await sessionsOf(mentee);
    expect(upcoming.length).toBeGreaterThan(5);
    const reply = await chat(mentee, 'fr-FR').say('mes séances');
    expect(reply.cards).toHaveLength(1);
    const card = reply.card;
    const text = textOf(card);
    expect(text).toContain(fr.sessions.title);

    const shown = upcoming.slice(0, 5);
    for (const s of shown) {
      const words = wordsOf(s, 'fr');
      expect(text).toContain(fill(fr.sessions.heading, words));
      expect(text).toContain(words.partner);
      if (s.status === 'booked') {
        expect(text).toContain(words.when);
        expect(buttonFor(card, 'reschedule', s.id)).toEqual({ action: 'reschedule', sessionId: s.id });
        expect(buttonFor(card, 'cancelSession', s.id)).toEqual({ action: 'cancelSession', sessionId: s.id });
      }
    }
    expect(text).toContain(fr.sessions.statuses.booked);
    const rest = upcoming.length - shown.length;
    expect(text).toContain(rest === 1 ? fr.sessions.moreOne : fill(fr.sessions.moreMany, { count: rest }));
    expect(text).not.toContain(fill(fr.sessions.heading, wordsOf(upcoming[5]!, 'fr')));

    const join = buttonsOf(card).filter((e) => e.type === 'Action.OpenUrl');
    expect(join.length).toBe(shown.filter((s) => s.status === 'booked').length);
    expect(join[0]).toMatchObject({ title: fr.sessions.buttons.join, url: shown[0]!.joinUrl });
  });

  it('moves the next session to the next good time, says when in the person’s zone, and really moves it', async () => {
    const next = (await sessionsOf(mentee)).find(
      (s) => s.can.reschedule && (s.status === 'booked' || s.status === 'needs_slot'),
    )!;
    const reply = await chat(mentee, 'en-GB').say('Reschedule my next session');
    const after = await sessionById(next.id, mentee);
    expect(after.status).toBe('booked');
    expect(after.startsAt).not.toBe(next.startsAt);
    expect(reply.texts).toEqual([fill(en.sessions.reschedule.moved, wordsOf(after, 'en'))]);
  }, 60_000);

  it('moves the session a “Find another time” button names, typed in French variants too', async () => {
    const list = await chat(mentee, 'fr-FR').say('mes seances');
    const second = (await sessionsOf(mentee)).filter((s) => s.status === 'booked')[1]!;
    const reply = await chat(mentee, 'fr-FR').send(buttonFor(list.card, 'reschedule', second.id));
    const after = await sessionById(second.id, mentee);
    expect(after.startsAt).not.toBe(second.startsAt);
    expect(reply.texts).toEqual([fill(fr.sessions.reschedule.moved, wordsOf(after, 'fr'))]);
  }, 60_000);

  it('asks for a word before cancelling, kindly again when it is empty, then cancels in Outlook', async () => {
    const me = chat(mentee, 'fr-FR');
    const list = await me.say('mes séances');
    const target = (await sessionsOf(mentee)).find((s) => s.status === 'booked' && s.can.cancel)!;
    const words = wordsOf(target, 'fr');
    const cancelButton = buttonFor(list.card, 'cancelSession', target.id);

    // Asked, then stopped: the session stays.
    const first = await me.send(cancelButton);
    expect(textOf(first.card)).toContain(fill(fr.sessions.cancel.title, words));
    expect(elementsOf(first.card).find((e) => e.id === 'message')).toMatchObject({
      type: 'Input.Text',
      isRequired: true,
    });
    const typed = await me.say('bonjour');
    expect(typed.texts).toEqual([fr.signUp.useTheCard]);
    expect(textOf(typed.card)).toContain(fill(fr.sessions.cancel.title, words));
    const kept = await me.press(first.card, 'keep');
    expect(kept.texts).toEqual([fr.sessions.cancel.kept]);
    expect((await sessionById(target.id, mentee)).status).toBe('booked');

    // Asked again: the earlier card is out of date, an empty word is asked for again.
    const ask = await me.send(cancelButton);
    const stale = await me.press(first.card, 'confirm', { message: 'Ancienne carte' });
    expect(stale.texts).toEqual([fr.signUp.staleCard]);
    expect((await sessionById(target.id, mentee)).status).toBe('booked');
    const empty = await me.press(ask.card, 'confirm', { message: '   ' });
    expect(textOf(empty.card)).toContain(fill(fr.sessions.cancel.messageRequired, words));
    expect((await sessionById(target.id, mentee)).status).toBe('booked');

    const done = await me.press(empty.card, 'confirm', { message: 'Déplacement à Lyon ce jour-là' });
    expect(done.texts).toEqual([fill(fr.sessions.cancel.done, words)]);
    const after = await sessionById(target.id, mentee);
    expect(after).toMatchObject({ status: 'cancelled', cancelReason: 'Déplacement à Lyon ce jour-là' });

    // The buttons of the earlier list no longer act on the cancelled session.
    const again = await me.send(buttonFor(list.card, 'reschedule', target.id));
    expect(again.texts).toEqual([fill(fr.sessions.errors.notOpen, words)]);
    const pressedLate = await me.press(ask.card, 'confirm', { message: 'Encore' });
    expect(pressedLate.texts).toEqual([fr.signUp.expiredCard]);
  }, 60_000);

  it('tells someone without sessions that they appear once the programme admin books them', async () => {
    const me = await call('GET', '/api/v1/me', { token: scenario.adminToken });
    const admin = chat({ aadId: me.body.person.aadId }, 'en-GB');
    expect((await admin.say('my sessions')).texts).toEqual([en.sessions.none]);
    expect((await admin.say('reschedule my next session')).texts).toEqual([en.sessions.none]);
    const french = chat({ aadId: me.body.person.aadId }, 'fr-FR');
    expect((await french.say('reporter ma prochaine séance')).texts).toEqual([fr.sessions.none]);
  });
});
