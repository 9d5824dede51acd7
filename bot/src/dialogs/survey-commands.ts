import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Caller } from '../../../api/src/app/caller';
import type { SurveyKind } from '../../../api/src/app/ports/feedback';
import { answerSurvey, type MySurvey, mySurveys, type SurveyDeps } from '../../../api/src/app/surveys';
import { ConflictError, InvalidInputError, NotFoundError } from '../../../api/src/domain/errors';
import { activityLocale } from '../activity-reading';
import type { RawValues } from '../cards/form-inputs';
import { surveyCard, surveyDoneCard } from '../cards/survey-card';
import { type BotLanguage, type BotMessages, fill, languageOf } from '../i18n';
import { replaceCard, sendCard } from './card-replies';
import { readSurvey, surveyProblemReasons, surveyValues } from './feedback-answers';
import { localDateText } from './feedback-words';

export interface SurveyCommandDeps {
  tenantId: string;
  logger: Pick<Logger, 'warn'>;
  surveys: SurveyDeps;
}

type SurveyTarget = { programmeId: string; kind: SurveyKind };

const closesText = (survey: Pick<MySurvey, 'closesAt' | 'timeZone'>, language: BotLanguage) =>
  localDateText(survey.closesAt, survey.timeZone, language);

/**
 * Surveys in the bot: the answer a survey card sends (whether or not a dialog is under way), and
 * “surveys” / “enquêtes”, which sends again the open surveys not answered yet.
 */
export class SurveyCommands {
  constructor(private readonly deps: SurveyCommandDeps) {}

  /** Every open survey the person has not answered; or the one a “change my answers” button names. */
  async show(
    context: TurnContext,
    caller: Caller,
    messages: BotMessages,
    target: SurveyTarget | undefined,
  ): Promise<void> {
    const language = languageOf(activityLocale(context.activity));
    const now = this.deps.surveys.clock.now();
    const surveys = await mySurveys(this.deps.surveys, caller);
    if (target) {
      const survey = surveys.find((s) => s.programmeId === target.programmeId && s.kind === target.kind);
      if (!survey) {
        await context.sendActivity(messages.surveys.errors.notOpen);
        return;
      }
      if (survey.closesAt <= now) {
        await context.sendActivity(
          fill(messages.surveys.errors.closed, { date: closesText(survey, language) }),
        );
        return;
      }
      const values = survey.answer ? surveyValues(survey.answer) : {};
      await sendCard(context, this.card(messages, survey, language, values, []));
      return;
    }
    const waiting = surveys.filter((s) => !s.answer && s.closesAt > now);
    if (waiting.length === 0) {
      await context.sendActivity(messages.surveys.none);
      return;
    }
    for (const survey of waiting) await sendCard(context, this.card(messages, survey, language, {}, []));
  }

  async answer(
    context: TurnContext,
    caller: Caller,
    messages: BotMessages,
    submitted: SurveyTarget & { values: RawValues },
  ): Promise<void> {
    const m = messages.surveys;
    const language = languageOf(activityLocale(context.activity));
    const survey = (await mySurveys(this.deps.surveys, caller)).find(
      (s) => s.programmeId === submitted.programmeId && s.kind === submitted.kind,
    );
    if (!survey) {
      await context.sendActivity(m.errors.notOpen);
      return;
    }
    const askAgain = (errors: string[]) =>
      sendCard(context, this.card(messages, survey, language, submitted.values, errors));

    const read = readSurvey(submitted.values, survey, m);
    if (!read.ok) return askAgain(read.errors);
    let saved: Awaited<ReturnType<typeof answerSurvey>>;
    try {
      saved = await answerSurvey(
        this.deps.surveys,
        caller,
        survey.programmeId,
        survey.kind,
        read.value,
        'bot',
      );
    } catch (error) {
      if (error instanceof InvalidInputError) return askAgain(surveyProblemReasons(error.errors, m));
      if (error instanceof NotFoundError) {
        await context.sendActivity(m.errors.notOpen);
        return;
      }
      if (error instanceof ConflictError && error.code === 'survey_closed') {
        await context.sendActivity(fill(m.errors.closed, { date: closesText(survey, language) }));
        return;
      }
      throw error;
    }
    const until = closesText(survey, language);
    const words = { programme: survey.programmeName, survey: m.names[survey.kind], until };
    await context.sendActivity(fill(survey.answer ? m.updated : m.saved, words));
    await replaceCard(
      context,
      surveyDoneCard(messages, survey, saved, { language, until }),
      this.deps.logger,
    );
  }

  private card(
    messages: BotMessages,
    survey: MySurvey,
    language: BotLanguage,
    values: RawValues,
    errors: string[],
  ) {
    return surveyCard(messages, survey, { language, closes: closesText(survey, language), values, errors });
  }
}
