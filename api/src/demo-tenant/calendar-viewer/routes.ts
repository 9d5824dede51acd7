import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Clock } from '../../domain/clock';
import { sendProblem } from '../../http/problem';
import type { CalendarService } from '../calendar/calendar-service';
import type { CalendarPerson } from '../calendar/directory-port';
import { answerMeeting, isResponseAction, RESPONSE_ACTIONS } from '../calendar/meeting-changes';
import type { DemoPersona } from '../contract';
import { GraphError } from '../graph-error';
import { viewerLinks } from './links';
import { mailboxPage } from './mailbox-page';
import { firstDay, readMailbox, zoneOf } from './mailbox-view';
import { messagePage } from './message-page';
import { type MailboxSummary, peoplePage } from './people-page';

export interface CalendarViewerOptions {
  calendar: CalendarService;
  clock: Clock;
  companyName: string;
  /** The demo personas, offered as shortcuts on the list page. */
  personas(): Promise<DemoPersona[]>;
}

/** A request the viewer refuses (unknown person, bad date, unknown answer), with a stable code. */
export class CalendarViewerError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CalendarViewerError';
  }
}

/** The list page shows at most this many mailboxes (the fullest); anyone else is one form away. */
const MAX_LISTED = 200;
const FORM_BODY_LIMIT = 16 * 1024;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const format = z.enum(['html', 'json']).optional();
const listQuery = z.looseObject({ person: z.string().max(320).optional(), format });
const viewQuery = z.looseObject({ from: date.optional(), busy: z.enum(['0', '1']).optional(), format });
/** The form's own fields; the rest of the body (comment, sendResponse) goes to the meeting response as Graph takes it. */
const answerForm = z.looseObject({ from: date.optional(), busy: z.enum(['0', '1']).optional() });

function parse<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const name = issue.path.join('.') || where;
  throw new CalendarViewerError(
    400,
    'invalid_request',
    `The ${where} is not valid: ${name} ${issue.message}.`,
  );
}

const wantsJson = (request: FastifyRequest) =>
  (request.query as Record<string, unknown> | undefined)?.format === 'json';

function sendHtml(reply: FastifyReply, status: number, markup: string): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(markup);
}

function describeError(error: unknown): { status: number; code: string; message: string } {
  if (error instanceof CalendarViewerError || error instanceof GraphError) {
    return { status: error.status, code: error.code, message: error.message };
  }
  const status = (error as Partial<FastifyError>).statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code = ((error as FastifyError).code ?? 'bad_request').toLowerCase().replace(/^fst_err_/, '');
    return { status, code, message: (error as Error).message };
  }
  return {
    status: 500,
    code: 'internal_error',
    message: 'Something went wrong on our side. Please try again.',
  };
}

const TITLES: Record<number, string> = { 400: 'Request refused', 404: 'Not found' };

/**
 * The demo calendar viewer, registered under `/_demo` in demo mode only: server-rendered pages
 * showing a demo person's mailbox in their own time zone, with the answers an attendee can give.
 * Answers run the same code as Graph's `POST /users/{id}/events/{id}/{accept|tentativelyAccept|decline}`.
 */
export const calendarViewerRoutes: FastifyPluginAsync<CalendarViewerOptions> = async (app, options) => {
  const { calendar, clock } = options;
  const links = viewerLinks(`${app.prefix}/calendar`);

  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  app.setErrorHandler((error, request, reply) => {
    const { status, code, message } = describeError(error);
    if (status >= 500) request.log.error({ err: error }, 'demo calendar viewer failed');
    if (wantsJson(request)) return sendProblem(reply, status, code, message);
    const person = (request.params as { person?: string } | undefined)?.person;
    const back =
      person && code !== 'demo_person_not_found'
        ? [{ href: links.mailbox(person), text: `Back to the calendar of ${person}` }]
        : [];
    return sendHtml(
      reply,
      status,
      messagePage({
        title:
          code === 'demo_person_not_found' ? 'Unknown person' : (TITLES[status] ?? 'Something went wrong'),
        message,
        links: [...back, { href: links.list, text: 'All demo calendars' }],
      }),
    );
  });

  const findPerson = async (idOrUpn: string): Promise<CalendarPerson> => {
    const person = await calendar.findPerson(idOrUpn);
    if (!person) {
      throw new CalendarViewerError(
        404,
        'demo_person_not_found',
        `Nobody at ${options.companyName} has the user principal name, mail or id '${idOrUpn}' in the demo directory.`,
      );
    }
    return person;
  };

  app.get('/calendar', async (request, reply) => {
    const query = parse(listQuery, request.query, 'query');
    const wanted = query.person?.trim();
    if (wanted) return reply.redirect(links.mailbox(wanted), 303);
    const found = await Promise.all(
      (await calendar.store.mailboxes(MAX_LISTED)).map(async ({ mailboxId, events }) => {
        const person = await calendar.findPerson(mailboxId);
        return person ? { person, events } : undefined;
      }),
    );
    const mailboxes: MailboxSummary[] = found
      .filter((entry) => entry !== undefined)
      .map(({ person, events }) => ({
        userPrincipalName: person.userPrincipalName,
        displayName: person.displayName,
        department: person.department,
        events,
      }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
    const personas = (await options.personas()).map(({ persona, userPrincipalName, displayName }) => ({
      persona,
      userPrincipalName,
      displayName,
    }));
    if (query.format === 'json') {
      const withLink = <T extends { userPrincipalName: string }>(entry: T) => ({
        ...entry,
        url: links.mailbox(entry.userPrincipalName),
      });
      return { mailboxes: mailboxes.map(withLink), personas: personas.map(withLink) };
    }
    return sendHtml(reply, 200, peoplePage({ company: options.companyName, mailboxes, personas, links }));
  });

  app.get<{ Params: { person: string } }>('/calendar/:person', async (request, reply) => {
    const query = parse(viewQuery, request.query, 'query');
    const person = await findPerson(request.params.person);
    const from = firstDay(query.from, zoneOf(person), clock.now());
    if (!from) {
      throw new CalendarViewerError(
        400,
        'invalid_request',
        `The query is not valid: from ${query.from} is no date.`,
      );
    }
    const view = await readMailbox(calendar, { person, from, busy: query.busy === '1' });
    if (query.format === 'json') return view;
    return sendHtml(reply, 200, mailboxPage(view, links));
  });

  app.post<{ Params: { person: string; id: string; action: string } }>(
    '/calendar/:person/events/:id/:action',
    { bodyLimit: FORM_BODY_LIMIT },
    async (request, reply) => {
      const { id, action } = request.params;
      if (!isResponseAction(action)) {
        throw new CalendarViewerError(
          400,
          'unknown_action',
          `'${action}' is no answer to a meeting: use ${RESPONSE_ACTIONS.join(', ')}.`,
        );
      }
      const { from, busy, ...body } = parse(answerForm, request.body, 'form');
      const person = await findPerson(request.params.person);
      await answerMeeting(calendar, { user: person.id, id, action, body, now: clock.now() });
      const back = links.mailbox(request.params.person, { from, busy: busy === '1' });
      return reply.redirect(`${back}#event-${encodeURIComponent(id)}`, 303);
    },
  );
};
