import { pino } from 'pino';
import { type FeedbackDeps, runFeedbackPrompts } from '../../../api/src/app/feedback';
import { fixedClock } from '../../../api/src/domain/clock';
import { createAuditLog } from '../../../api/src/store/audit';
import { createConversationReferenceStore } from '../../../api/src/store/conversation-references';
import { createFeedbackRepository } from '../../../api/src/store/feedback';
import { createProgrammeRepository } from '../../../api/src/store/programmes';
import { createSessionRepository } from '../../../api/src/store/sessions';
import { createProactiveNotifier } from '../../../bot/src/proactive-notifier';
import { createBotAdapter } from '../../../bot/src/register-bot';
import type { TestApp } from '../../support/app';

/**
 * The feedback job as the service runs it — same database, same bot notifier — but at `at`: the
 * running service keeps the real time, so only this run sees the hours go by.
 */
export function runFeedbackJobAt(app: TestApp, at: Date) {
  const { db, config, publicUrl } = app.service;
  const clock = fixedClock(at);
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const deps: FeedbackDeps = {
    feedback: createFeedbackRepository(db.db),
    sessions: createSessionRepository(db.db),
    programmes: createProgrammeRepository(db.db),
    notifier: createProactiveNotifier({
      adapter: createBotAdapter(config.bot, logger),
      appId: config.bot.appId ?? '',
      conversations: createConversationReferenceStore(db.db, clock),
      logger,
      publicUrl,
    }),
    audit: createAuditLog(db.db),
    clock,
  };
  return runFeedbackPrompts(deps, config.microsoft.tenantId);
}
