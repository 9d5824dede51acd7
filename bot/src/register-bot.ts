import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type Storage,
} from 'botbuilder';
import type { FastifyError, FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { ApplicationDeps } from '../../api/src/app/applications';
import type { FeedbackDeps } from '../../api/src/app/feedback';
import type { ConversationReferenceStore } from '../../api/src/app/ports/conversation-references';
import type { SessionDeps } from '../../api/src/app/session-booking';
import type { SurveyDeps } from '../../api/src/app/surveys';
import type { BotConfig } from '../../api/src/config/config';
import type { Clock } from '../../api/src/domain/clock';
import { sendProblem } from '../../api/src/http/problem';
import { activityLocale } from './activity-reading';
import { BinomeBot } from './binome-bot';
import { bufferedResponse, toBotRequest } from './http-bridge';
import { messagesFor } from './i18n';

export interface BotDeps {
  config: BotConfig;
  logger: Logger;
  clock: Clock;
  /** The tenant this service serves; activities from any other tenant are ignored. */
  tenantId: string;
  conversations: ConversationReferenceStore;
  /** Conversation state for dialogs (botbuilder's Storage, backed by PostgreSQL). */
  storage: Storage;
  /** Shared with the proactive notifier; made from `config` when not given. */
  adapter?: CloudAdapter;
  /** The sign-up use cases the dialogs call. */
  applications: ApplicationDeps;
  /** The session use cases behind “my sessions”, moving and cancelling. */
  sessions: SessionDeps;
  /** Feedback after each session: the cards' answers and “feedback” / “mon avis”. */
  feedback: FeedbackDeps;
  /** The programme surveys: the cards' answers and “surveys” / “enquêtes”. */
  surveys: SurveyDeps;
  /** The service's public address, e.g. for the privacy notice linked from the sign-up. */
  publicUrl: string;
}

/** Just enough to tell an activity from any other JSON; botbuilder validates the rest. */
const activityBody = z.looseObject({ type: z.string().min(1) });

/** The Bot Framework endpoint, `POST /api/messages`. */
export async function registerBot(app: FastifyInstance, deps: BotDeps): Promise<void> {
  const adapter = deps.adapter ?? createBotAdapter(deps.config, deps.logger);
  const bot = new BinomeBot({
    logger: deps.logger,
    tenantId: deps.tenantId,
    conversations: deps.conversations,
    storage: deps.storage,
    applications: deps.applications,
    sessions: deps.sessions,
    feedback: deps.feedback,
    surveys: deps.surveys,
    publicUrl: deps.publicUrl,
  });

  // A scope of its own so the bot's error mapping does not depend on how the host app is set up.
  await app.register(async (scope) => {
    scope.setErrorHandler((error: FastifyError, request, reply) => {
      const status = error.statusCode ?? 500;
      if (status >= 500) {
        request.log.error({ err: error }, 'bot request failed');
        return sendProblem(
          reply,
          500,
          'internal_error',
          'Something went wrong on our side. Please try again.',
        );
      }
      // Malformed JSON, wrong content type, body too large.
      const code = (error.code ?? 'bad_request').toLowerCase().replace(/^fst_err_/, '');
      return sendProblem(reply, status, code, error.message);
    });

    scope.post('/api/messages', async (request, reply) => {
      if (!activityBody.safeParse(request.body).success) {
        return sendProblem(
          reply,
          400,
          'invalid_activity',
          'The body must be a Bot Framework activity with a type.',
        );
      }
      const response = bufferedResponse(request.raw.socket);
      await adapter.process(toBotRequest(request), response, (context) => bot.run(context));
      const answer = response.answer();
      if (answer.status === 401) {
        deps.logger.warn({ reason: answer.body }, 'bot request refused: not signed by the Bot Framework');
        return sendProblem(reply, 401, 'bot_unauthorized', 'The request is not signed by the Bot Framework.');
      }
      if (answer.status >= 400) {
        deps.logger.error({ status: answer.status, reason: answer.body }, 'bot request failed');
        return sendProblem(
          reply,
          answer.status,
          'bot_request_failed',
          'The bot could not process this activity.',
        );
      }
      reply.status(answer.status).headers(answer.headers);
      return answer.body === undefined ? reply.send() : reply.send(answer.body);
    });
  });
}

export function createBotAdapter(config: BotConfig, logger: Logger): CloudAdapter {
  // Without an app id botbuilder turns authentication off: the local Agents Playground and tests.
  const options: ConfigurationBotFrameworkAuthenticationOptions = config.appId
    ? {
        MicrosoftAppId: config.appId,
        MicrosoftAppType: config.appType,
        ...(config.appPassword ? { MicrosoftAppPassword: config.appPassword } : {}),
        ...(config.appTenantId ? { MicrosoftAppTenantId: config.appTenantId } : {}),
      }
    : {};
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(options));

  adapter.onTurnError = async (context, error) => {
    logger.error(
      { err: error, type: context.activity.type, conversation: context.activity.conversation?.id },
      'bot turn failed',
    );
    try {
      await context.sendActivity(messagesFor(activityLocale(context.activity)).turnError);
    } catch (sendError) {
      logger.warn({ err: sendError }, 'could not tell the person about the failed turn');
    }
  };
  return adapter;
}
