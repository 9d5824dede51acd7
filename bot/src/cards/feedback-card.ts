import type { FeedbackAnswer } from '../../../api/src/domain/feedback';
import type { FeedbackWords } from '../dialogs/feedback-words';
import { type BotMessages, fill } from '../i18n';
import { type AdaptiveCard, adaptiveCard, type CardElement, heading, paragraph } from './adaptive-card';
import { choiceSet, factSet, type RawValues, submit, textInput, toggle } from './form-inputs';

/** The longest free text an answer keeps (the contract's limit). */
export const FEEDBACK_TEXT_MAX = 2000;

/** What a feedback card's Submit sends besides its inputs: the session it is about. */
export const feedbackSubmitData = (sessionId: string) => ({ form: 'feedback', sessionId });

/** The reasons a submission was refused, on top of the card that asks again. */
export function errorBlock(intro: string, errors: string[]): CardElement[] {
  if (errors.length === 0) return [];
  return [
    paragraph([intro, ...errors.map((error) => `- ${error}`)].join('\r'), {
      color: 'Attention',
      weight: 'Bolder',
      spacing: 'Medium',
    }),
  ];
}

/**
 * “How was session 2/6 — Tool demo with Léa?”: did it take place, a rating and whether its
 * objective was met (only when it did), three free texts, a request for support, a private
 * word on continuing with the partner, and whether the comments stay private.
 */
export function feedbackCard(
  messages: BotMessages,
  words: FeedbackWords,
  view: { values: RawValues; errors: string[]; reminder: boolean; until?: string | undefined },
): AdaptiveCard {
  const m = messages.feedback.card;
  const { values } = view;
  const body: CardElement[] = [
    heading(fill(m.title, words)),
    paragraph(fill(m.subtitle, words), { isSubtle: true, spacing: 'None', size: 'Small' }),
  ];
  if (view.reminder) body.push(paragraph(m.reminder, { weight: 'Bolder', color: 'Accent' }));
  if (view.until) body.push(paragraph(fill(m.answered, { until: view.until }), { isSubtle: true }));
  body.push(factSet([[m.objective, words.objective]]));
  body.push(...errorBlock(messages.signUp.errorIntro, view.errors));
  body.push(
    choiceSet(
      'tookPlace',
      m.tookPlace,
      (['yes', 'no', 'moved'] as const).map((value) => ({ title: m.tookPlaceChoices[value], value })),
      { value: values.tookPlace, required: messages.feedback.errors.tookPlace },
    ),
    paragraph(m.ifHeld, { weight: 'Bolder', spacing: 'Medium' }),
    choiceSet(
      'rating',
      m.rating,
      m.ratingChoices.map((title, index) => ({ title, value: String(index + 1) })),
      { value: values.rating },
    ),
    choiceSet(
      'objectiveMet',
      m.objectiveMet,
      (['yes', 'partly', 'no'] as const).map((value) => ({ title: m.objectiveChoices[value], value })),
      { value: values.objectiveMet },
    ),
    textInput('learned', m.learned, { value: values.learned, maxLength: FEEDBACK_TEXT_MAX, multiline: true }),
    textInput('shared', m.shared, { value: values.shared, maxLength: FEEDBACK_TEXT_MAX, multiline: true }),
    textInput('obstacles', m.obstacles, {
      value: values.obstacles,
      maxLength: FEEDBACK_TEXT_MAX,
      multiline: true,
    }),
    toggle('wantsSupport', m.wantsSupport, values.wantsSupport === 'true'),
    choiceSet(
      'continueWithPartner',
      fill(m.continueWithPartner, words),
      (['yes', 'unsure', 'no'] as const).map((value) => ({ title: m.continueChoices[value], value })),
      { value: values.continueWithPartner },
    ),
    paragraph(fill(m.continueIsPrivate, words), { isSubtle: true, size: 'Small', spacing: 'None' }),
    toggle('private', m.private, values.private === 'true'),
  );
  return adaptiveCard(body, [submit(m.submit, feedbackSubmitData(words.sessionId), { style: 'positive' })]);
}

/** What replaces the card once the answer is saved: the answers, until when they can change, and a way back. */
export function feedbackDoneCard(
  messages: BotMessages,
  words: FeedbackWords,
  answer: FeedbackAnswer,
  until: string,
): AdaptiveCard {
  const m = messages.feedback.done;
  const c = messages.feedback.card;
  const facts: [string, string][] = [[m.tookPlace, c.tookPlaceChoices[answer.tookPlace]]];
  if (answer.rating !== null)
    facts.push([m.rating, c.ratingChoices[answer.rating - 1] ?? String(answer.rating)]);
  if (answer.objectiveMet !== null) facts.push([m.objectiveMet, c.objectiveChoices[answer.objectiveMet]]);
  if (answer.learned) facts.push([m.learned, answer.learned]);
  if (answer.shared) facts.push([m.shared, answer.shared]);
  if (answer.obstacles) facts.push([m.obstacles, answer.obstacles]);
  facts.push([m.support, answer.wantsSupport ? m.supportAsked : m.supportNotAsked]);
  if (answer.continueWithPartner !== null) {
    facts.push([fill(m.continueWithPartner, words), c.continueChoices[answer.continueWithPartner]]);
  }
  facts.push([m.comments, answer.private ? m.commentsPrivate : m.commentsShared]);
  return adaptiveCard(
    [
      heading(fill(m.title, words)),
      paragraph(fill(c.subtitle, words), { isSubtle: true, spacing: 'None', size: 'Small' }),
      factSet(facts),
      paragraph(fill(m.editableUntil, { until }), { isSubtle: true, spacing: 'Medium' }),
    ],
    [submit(m.change, { action: 'feedback', sessionId: words.sessionId })],
  );
}

/** The sessions still waiting for the person's feedback, newest first, each with its button. */
export function pendingFeedbackCard(messages: BotMessages, pending: FeedbackWords[]): AdaptiveCard {
  const m = messages.feedback.pending;
  const body: CardElement[] = [heading(m.title), paragraph(fill(m.intro, { count: pending.length }))];
  for (const words of pending) {
    body.push({
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [
        paragraph(fill(m.entry, words), { weight: 'Bolder' }),
        paragraph(fill(messages.feedback.card.subtitle, words), {
          isSubtle: true,
          spacing: 'None',
          size: 'Small',
        }),
        { type: 'ActionSet', actions: [submit(m.give, { action: 'feedback', sessionId: words.sessionId })] },
      ],
    });
  }
  return adaptiveCard(body);
}
