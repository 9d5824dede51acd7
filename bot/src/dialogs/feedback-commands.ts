import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Caller } from '../../../api/src/app/caller';
import { editableUntil, type FeedbackDeps, myFeedback, recordFeedback } from '../../../api/src/app/feedback';
import type { SessionWithPair } from '../../../api/src/app/ports/sessions';
import type { SessionDeps } from '../../../api/src/app/session-booking';
import { getSession, mySessions } from '../../../api/src/app/sessions';
import { sessionIdParams } from '../../../api/src/contract/session';
import { ConflictError, InvalidInputError, NotFoundError } from '../../../api/src/domain/errors';
import { canEditFeedback, FEEDBACK_EDIT_DAYS, FEEDBACK_WINDOW_DAYS } from '../../../api/src/domain/feedback';
import { activityLocale } from '../activity-reading';
import { feedbackCard, feedbackDoneCard, pendingFeedbackCard } from '../cards/feedback-card';
import type { RawValues } from '../cards/form-inputs';
import { type BotMessages, fill, languageOf } from '../i18n';
import { replaceCard, sendCard } from './card-replies';
import { feedbackProblemReasons, feedbackValues, readFeedback } from './feedback-answers';
import { type FeedbackWords, feedbackRequestOf, feedbackWords, localDateText } from './feedback-words';
import { isZone, sidesOf } from './my-sessions';

export interface FeedbackCommandDeps {
  tenantId: string;
  logger: Pick<Logger, 'warn'>;
  sessions: SessionDeps;
  feedback: FeedbackDeps;
}

const DAY_MS = 86_400_000;

/**
 * Feedback after a session in the bot: the answer a feedback card sends (whether or not a dialog
 * is under way), and “feedback” / “mon avis”, which brings the card back. Thin calls to the
 * feedback use cases; their errors become sentences here.
 */
export class FeedbackCommands {
  constructor(private readonly deps: FeedbackCommandDeps) {}

  /** “feedback”: the card for the session a button names, or for the latest of those waiting. */
  async request(
    context: TurnContext,
    caller: Caller,
    messages: BotMessages,
    sessionId: string | undefined,
  ): Promise<void> {
    if (sessionId) return this.requestOne(context, caller, messages, sessionId);
    const pending = await this.pending(caller);
    const [latest] = pending;
    if (!latest) {
      await context.sendActivity(messages.feedback.pending.none);
      return;
    }
    const language = languageOf(activityLocale(context.activity));
    const words = await Promise.all(pending.map((s) => this.words(caller, s, language)));
    if (words.length > 1) await sendCard(context, pendingFeedbackCard(messages, words));
    await sendCard(context, feedbackCard(messages, words[0]!, { values: {}, errors: [], reminder: false }));
  }

  /** What a feedback card sent: saved (or updated), or the card again with what to fix. */
  async answer(
    context: TurnContext,
    caller: Caller,
    messages: BotMessages,
    submitted: { sessionId: string; values: RawValues },
  ): Promise<void> {
    const m = messages.feedback;
    const s = await this.ownSession(caller, submitted.sessionId);
    if (!s) {
      await context.sendActivity(m.errors.notFound);
      return;
    }
    const language = languageOf(activityLocale(context.activity));
    const words = await this.words(caller, s, language);
    const closed = this.notOpen(s, messages, words);
    if (closed) {
      await context.sendActivity(closed);
      return;
    }
    const askAgain = (errors: string[]) =>
      sendCard(context, feedbackCard(messages, words, { values: submitted.values, errors, reminder: false }));

    const read = readFeedback(submitted.values, m);
    if (!read.ok) return askAgain(read.errors);
    const previous = await myFeedback(this.deps.feedback, caller, s.id);
    let saved: Awaited<ReturnType<typeof recordFeedback>>;
    try {
      saved = await recordFeedback(this.deps.feedback, caller, s.id, read.value, 'bot');
    } catch (error) {
      if (error instanceof InvalidInputError) return askAgain(feedbackProblemReasons(error.errors, m));
      await context.sendActivity(this.refusal(error, messages, words));
      return;
    }
    const until = localDateText(editableUntil(saved), words.zone, language);
    const said = [fill(previous ? m.updated : m.saved, { ...words, until })];
    if (saved.wantsSupport && !previous?.wantsSupport) said.push(m.supportNoted);
    await context.sendActivity(said.join(' '));
    await replaceCard(context, feedbackDoneCard(messages, words, saved, until), this.deps.logger);
  }

  private async requestOne(
    context: TurnContext,
    caller: Caller,
    messages: BotMessages,
    sessionId: string,
  ): Promise<void> {
    const m = messages.feedback;
    const s = await this.ownSession(caller, sessionId);
    if (!s) {
      await context.sendActivity(m.errors.notFound);
      return;
    }
    const language = languageOf(activityLocale(context.activity));
    const words = await this.words(caller, s, language);
    const closed = this.notOpen(s, messages, words);
    if (closed) {
      await context.sendActivity(closed);
      return;
    }
    const previous = await myFeedback(this.deps.feedback, caller, s.id);
    if (previous && !canEditFeedback(previous.submittedAt, this.deps.feedback.clock.now())) {
      await context.sendActivity(fill(m.errors.closed, { ...words, days: FEEDBACK_EDIT_DAYS }));
      return;
    }
    await sendCard(
      context,
      feedbackCard(messages, words, {
        values: previous ? feedbackValues(previous) : {},
        errors: [],
        reminder: false,
        until: previous ? localDateText(editableUntil(previous), words.zone, language) : undefined,
      }),
    );
  }

  /**
   * Sessions waiting for the person's feedback, latest first: started, not cancelled, ended less
   * than a week ago (or not yet ended), and not answered.
   */
  private async pending(caller: Caller): Promise<SessionWithPair[]> {
    const now = this.deps.feedback.clock.now();
    const since = now.getTime() - FEEDBACK_WINDOW_DAYS * DAY_MS;
    const candidates = (await mySessions(this.deps.sessions, caller))
      .filter(
        (s) =>
          s.status !== 'cancelled' &&
          !!s.startsAt &&
          s.startsAt <= now &&
          !!s.endsAt &&
          s.endsAt.getTime() >= since,
      )
      .sort((a, b) => b.endsAt!.getTime() - a.endsAt!.getTime());
    const pending: SessionWithPair[] = [];
    for (const s of candidates) {
      if (!(await myFeedback(this.deps.feedback, caller, s.id))) pending.push(s);
    }
    return pending;
  }

  /** One of the person's own sessions; anything else (a programme admin's view included) is not found. */
  private async ownSession(caller: Caller, sessionId: string): Promise<SessionWithPair | undefined> {
    if (!sessionIdParams.shape.sessionId.safeParse(sessionId).success) return undefined;
    try {
      const s = await getSession(this.deps.sessions, caller, sessionId);
      return s.mentee.aadId === caller.aadId || s.mentor.aadId === caller.aadId ? s : undefined;
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  }

  /** The session in the person's words; the programme's zone only when the person has none. */
  private async words(caller: Caller, s: SessionWithPair, language: 'fr' | 'en'): Promise<FeedbackWords> {
    let programmeZone: string | undefined;
    if (!isZone(sidesOf(s, caller.aadId).me.timeZone)) {
      programmeZone = (await this.deps.sessions.programmes.get(caller.tenantId, s.programmeId))?.timeZone;
    }
    return feedbackWords(feedbackRequestOf(s, caller.aadId, programmeZone), language);
  }

  /**
   * Why no card can be shown for the session: not started or cancelled (the use case's own first
   * checks, so a card is never rendered for a session it would refuse).
   */
  private notOpen(s: SessionWithPair, messages: BotMessages, words: FeedbackWords): string | undefined {
    const m = messages.feedback.errors;
    if (!s.startsAt || s.startsAt > this.deps.feedback.clock.now()) return fill(m.notStarted, words);
    if (s.status === 'cancelled') return fill(m.cancelled, words);
    return undefined;
  }

  /** The one place the feedback use case's refusals become sentences; anything else is the turn's error. */
  private refusal(error: unknown, messages: BotMessages, words: FeedbackWords): string {
    const m = messages.feedback.errors;
    if (error instanceof NotFoundError) return m.notFound;
    if (error instanceof ConflictError) {
      switch (error.code) {
        case 'session_not_started':
          return fill(m.notStarted, words);
        case 'session_cancelled':
          return fill(m.cancelled, words);
        case 'feedback_closed':
          return fill(m.closed, { ...words, days: FEEDBACK_EDIT_DAYS });
        default:
          // A rule the catalogue does not know yet: the use case's own sentence still says what is wrong.
          return error.message;
      }
    }
    throw error;
  }
}
