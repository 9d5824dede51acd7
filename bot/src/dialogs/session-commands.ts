import { ActivityTypes, CardFactory, type TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import type { Caller } from '../../../api/src/app/caller';
import type { SessionWithPair } from '../../../api/src/app/ports/sessions';
import { getSession, mySessions, rescheduleSession, type SessionView } from '../../../api/src/app/sessions';
import { sessionIdParams } from '../../../api/src/contract/session';
import { NotFoundError } from '../../../api/src/domain/errors';
import { activityLocale } from '../activity-reading';
import { sessionsCard } from '../cards/sessions-card';
import { type BotMessages, fill, languageOf } from '../i18n';
import {
  CANCEL_SESSION_DIALOG,
  type CancelSessionOptions,
  type SessionCommandDeps,
} from './cancel-session-dialog';
import {
  isZone,
  nextToCancel,
  nextToMove,
  type SessionSummary,
  SHOWN_SESSIONS,
  sessionEntry,
  sessionWords,
  sidesOf,
  summaryOf,
  upcomingSessions,
} from './my-sessions';
import { sessionErrorText } from './session-errors';

/** Which session a command is about: the one its button names, or the person's next fitting one. */
type Target = { session: SessionView } | { said: string };

/** “My sessions”, “reschedule my next session” and the Cancel button: thin calls to the session use cases. */
export class SessionCommands {
  constructor(private readonly deps: SessionCommandDeps) {}

  async show(context: TurnContext, caller: Caller, messages: BotMessages): Promise<void> {
    const all = await mySessions(this.deps.sessions, caller);
    const upcoming = upcomingSessions(all, this.deps.sessions.clock.now());
    if (upcoming.length === 0) {
      await context.sendActivity(all.length === 0 ? messages.sessions.none : messages.sessions.noneAhead);
      return;
    }
    const language = languageOf(activityLocale(context.activity));
    const shown = upcoming.slice(0, SHOWN_SESSIONS);
    const zones = await this.programmeZones(caller, shown);
    const entries = shown.map((s) =>
      sessionEntry(s, caller.aadId, zones.get(s.programmeId), language, messages),
    );
    const card = sessionsCard(messages, entries, upcoming.length - shown.length);
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
  }

  /** Asks Binôme for the next good slot in both calendars; Outlook sends the new time. */
  async reschedule(
    context: TurnContext,
    caller: Caller,
    messages: BotMessages,
    sessionId: string | undefined,
  ): Promise<void> {
    const target = await this.target(caller, messages, sessionId, nextToMove, 'reschedule');
    if ('said' in target) {
      await context.sendActivity(target.said);
      return;
    }
    const before = await this.summary(caller, target.session);
    // Reading two calendars and updating Outlook takes a moment: show that something is happening.
    await context.sendActivity({ type: ActivityTypes.Typing });
    const language = languageOf(activityLocale(context.activity));
    let said: string;
    try {
      const moved = await rescheduleSession(this.deps.sessions, caller, target.session.id, {});
      const after: SessionSummary = {
        ...before,
        startsAt: moved.startsAt?.toISOString() ?? null,
        endsAt: moved.endsAt?.toISOString() ?? null,
      };
      said = fill(messages.sessions.reschedule.moved, sessionWords(after, language, messages));
    } catch (error) {
      said = sessionErrorText(error, messages, before);
    }
    await context.sendActivity(said);
  }

  /** Starts the question that asks for the word Outlook sends with the cancellation. */
  async cancel(
    dc: DialogContext,
    caller: Caller,
    messages: BotMessages,
    sessionId: string | undefined,
  ): Promise<void> {
    const target = await this.target(caller, messages, sessionId, nextToCancel, 'cancel');
    if ('said' in target) {
      await dc.context.sendActivity(target.said);
      return;
    }
    const options: CancelSessionOptions = await this.summary(caller, target.session);
    await dc.beginDialog(CANCEL_SESSION_DIALOG, options);
  }

  private async target(
    caller: Caller,
    messages: BotMessages,
    sessionId: string | undefined,
    next: (upcoming: readonly SessionView[]) => SessionView | undefined,
    ability: 'reschedule' | 'cancel',
  ): Promise<Target> {
    const m = messages.sessions;
    if (!sessionId) {
      const all = await mySessions(this.deps.sessions, caller);
      const upcoming = upcomingSessions(all, this.deps.sessions.clock.now());
      if (upcoming.length === 0) return { said: all.length === 0 ? m.none : m.noneAhead };
      const found = next(upcoming);
      if (found) return { session: found };
      return { said: ability === 'reschedule' ? m.reschedule.nothingToMove : m.cancel.nothingToCancel };
    }
    // A crafted button may carry anything: only a session id reaches the database.
    if (!sessionIdParams.safeParse({ sessionId }).success) return { said: m.errors.notFound };
    let session: SessionView;
    try {
      session = await getSession(this.deps.sessions, caller, sessionId);
    } catch (error) {
      // Not one of the person's sessions (or gone): the same answer either way.
      if (error instanceof NotFoundError) return { said: m.errors.notFound };
      throw error;
    }
    // A button of an older “my sessions” card: the session may have moved on since.
    if (!session.can[ability]) {
      const of = Math.max(session.seriesLength, session.number);
      return { said: fill(m.errors.notOpen, { number: session.number, of }) };
    }
    return { session };
  }

  private async summary(caller: Caller, s: SessionWithPair): Promise<SessionSummary> {
    const zones = await this.programmeZones(caller, [s]);
    return summaryOf(s, caller.aadId, zones.get(s.programmeId));
  }

  /** The programmes' zones, read only for sessions whose person has no usable zone of their own. */
  private async programmeZones(caller: Caller, sessions: readonly SessionWithPair[]) {
    const zones = new Map<string, string>();
    const needed = sessions.filter((s) => !isZone(sidesOf(s, caller.aadId).me.timeZone));
    for (const programmeId of new Set(needed.map((s) => s.programmeId))) {
      const programme = await this.deps.sessions.programmes.get(caller.tenantId, programmeId);
      if (programme) zones.set(programmeId, programme.timeZone);
    }
    return zones;
  }
}
