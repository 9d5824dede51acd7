import { z } from 'zod';
import { GraphError } from '../graph-error';

const dateTimeTimeZone = z.object({ dateTime: z.string().min(1), timeZone: z.string().nullish() });
const freeBusy = z.enum(['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown']);
const location = z.looseObject({ displayName: z.string().nullish() });

/** The event properties a client may write (Graph ignores nothing silently here: unknown ones pass through unused). */
export const eventInput = z.looseObject({
  subject: z.string().nullish(),
  body: z
    .object({ contentType: z.enum(['text', 'html']).optional(), content: z.string().nullish() })
    .nullish(),
  start: dateTimeTimeZone,
  end: dateTimeTimeZone,
  attendees: z
    .array(
      z.object({
        emailAddress: z.object({ address: z.string().min(1), name: z.string().nullish() }),
        type: z.enum(['required', 'optional', 'resource']).nullish(),
      }),
    )
    .nullish(),
  location: location.nullish(),
  locations: z.array(location).nullish(),
  categories: z.array(z.string()).nullish(),
  isReminderOn: z.boolean().nullish(),
  reminderMinutesBeforeStart: z.number().int().nullish(),
  showAs: freeBusy.nullish(),
  importance: z.enum(['low', 'normal', 'high']).nullish(),
  sensitivity: z.enum(['normal', 'personal', 'private', 'confidential']).nullish(),
  isAllDay: z.boolean().nullish(),
  responseRequested: z.boolean().nullish(),
  allowNewTimeProposals: z.boolean().nullish(),
  isOnlineMeeting: z.boolean().nullish(),
  onlineMeetingProvider: z
    .enum(['unknown', 'skypeForBusiness', 'skypeForConsumer', 'teamsForBusiness'])
    .nullish(),
  transactionId: z.string().max(255).nullish(),
});
export type EventInput = z.infer<typeof eventInput>;
export const eventPatch = eventInput.partial();
export type EventPatch = z.infer<typeof eventPatch>;

export const responseInput = z.looseObject({
  comment: z.string().nullish(),
  sendResponse: z.boolean().nullish(),
});

/** Reads a body with a zod schema; failures become Graph's 400 with the first problem named. */
export function readBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = issue.path.join('.');
  throw new GraphError(400, 'BadRequest', `Invalid value for '${path || 'body'}': ${issue.message}`);
}

/**
 * Graph binds action parameters case-insensitively (`Schedules` and `schedules` both work):
 * lower-case the first letter of every top-level key before validating.
 */
export function camelKeys(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return {};
  return Object.fromEntries(
    Object.entries(body).map(([k, v]) => [k.charAt(0).toLowerCase() + k.slice(1), v]),
  );
}

export const scheduleInput = z.object({
  schedules: z.array(z.string()),
  startTime: dateTimeTimeZone,
  endTime: dateTimeTimeZone,
  availabilityViewInterval: z.number().int().nullish(),
});
