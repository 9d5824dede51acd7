import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf, isProgrammeAdmin } from '../../app/caller';
import {
  type DashboardDeps,
  dashboardCsv,
  myProgress,
  programmeDashboard,
  programmeFollowUp,
} from '../../app/dashboard';
import {
  editableUntil,
  type FeedbackDeps,
  handleSupportRequest,
  myFeedback,
  recordFeedback,
} from '../../app/feedback';
import type { FeedbackRecord, SurveyRecord } from '../../app/ports/feedback';
import { answerSurvey, mySurveys, openSurvey, type SurveyDeps, surveyRounds } from '../../app/surveys';
import {
  dashboardDto,
  dashboardQuery,
  feedbackDto,
  feedbackInput,
  followUpDto,
  myProgressDto,
  mySurveyDto,
  surveyInput,
  surveyParams,
  surveyRoundDto,
} from '../../contract/feedback';
import { problemDto } from '../../contract/problem';
import { programmeIdParams } from '../../contract/programme';
import { sessionIdParams } from '../../contract/session';
import { NotFoundError } from '../../domain/errors';
import { principalOf } from '../authenticate';

const errors = { 400: problemDto, 401: problemDto, 403: problemDto, 404: problemDto, 409: problemDto };
const security = [{ bearer: [] }];

export interface FeedbackRouteDeps {
  feedback: FeedbackDeps;
  surveys: SurveyDeps;
  dashboard: DashboardDeps;
}

const feedbackToDto = (f: FeedbackRecord): z.infer<typeof feedbackDto> => ({
  sessionId: f.sessionId,
  tookPlace: f.tookPlace,
  rating: f.rating,
  objectiveMet: f.objectiveMet,
  learned: f.learned,
  shared: f.shared,
  obstacles: f.obstacles,
  wantsSupport: f.wantsSupport,
  continueWithPartner: f.continueWithPartner,
  private: f.private,
  submittedAt: f.submittedAt.toISOString(),
  updatedAt: f.updatedAt.toISOString(),
  editableUntil: editableUntil(f).toISOString(),
});

const surveyAnswerToDto = (a: SurveyRecord) => ({
  skills: a.skills,
  satisfaction: a.satisfaction,
  nps: a.nps,
  comment: a.comment,
  private: a.private,
  submittedAt: a.submittedAt.toISOString(),
});

export const feedbackRoutes: FastifyPluginAsync<{ deps: FeedbackRouteDeps }> = async (app, { deps }) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.put(
    '/sessions/:sessionId/feedback',
    {
      schema: {
        summary: 'Give (or change, for 7 days) your feedback on a session of yours',
        tags: ['feedback'],
        security,
        params: sessionIdParams,
        body: feedbackInput,
        response: { 200: feedbackDto, ...errors },
      },
    },
    async (request) =>
      feedbackToDto(
        await recordFeedback(
          deps.feedback,
          callerOf(principalOf(request)),
          request.params.sessionId,
          request.body,
          'tab',
        ),
      ),
  );

  typed.get(
    '/sessions/:sessionId/feedback',
    {
      schema: {
        summary: "Your own feedback on a session (never your partner's)",
        tags: ['feedback'],
        security,
        params: sessionIdParams,
        response: { 200: feedbackDto, ...errors },
      },
    },
    async (request) => {
      const mine = await myFeedback(deps.feedback, callerOf(principalOf(request)), request.params.sessionId);
      if (!mine)
        throw new NotFoundError('feedback_not_found', 'You have not given feedback on this session yet.');
      return feedbackToDto(mine);
    },
  );

  typed.post(
    '/sessions/:sessionId/support/:authorAadId/handled',
    {
      schema: {
        summary: 'Mark a "I\'d like support" request as handled (programme admins)',
        tags: ['feedback'],
        security,
        params: sessionIdParams.extend({ authorAadId: z.string().min(1).max(64) }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const caller = callerOf(principalOf(request));
      await handleSupportRequest(
        deps.feedback,
        caller,
        request.params.sessionId,
        request.params.authorAadId,
        async (id) => {
          const programme = await deps.feedback.programmes.get(caller.tenantId, id);
          return !!programme && isProgrammeAdmin(caller, programme);
        },
      );
      return reply.status(204).send(null);
    },
  );

  typed.get(
    '/programmes/:programmeId/dashboard',
    {
      schema: {
        summary: "The programme's figures (admins; sponsors see aggregates only, never a group under 5)",
        tags: ['dashboard'],
        security,
        params: programmeIdParams,
        querystring: dashboardQuery,
        response: { 200: dashboardDto, ...errors },
      },
    },
    async (request) => {
      const d = await programmeDashboard(
        deps.dashboard,
        callerOf(principalOf(request)),
        request.params.programmeId,
        request.query,
      );
      const { programme, ...rest } = d;
      return { ...rest, programmeId: programme.id, programmeName: programme.name };
    },
  );

  typed.get(
    '/programmes/:programmeId/dashboard.csv',
    {
      schema: {
        summary: 'The dashboard as CSV',
        tags: ['dashboard'],
        security,
        params: programmeIdParams,
        querystring: dashboardQuery,
        produces: ['text/csv'],
        response: { 200: z.string(), ...errors },
      },
    },
    async (request, reply) => {
      const d = await programmeDashboard(
        deps.dashboard,
        callerOf(principalOf(request)),
        request.params.programmeId,
        request.query,
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="binome-dashboard-${d.programme.id}.csv"`)
        .send(dashboardCsv(d));
    },
  );

  typed.get(
    '/programmes/:programmeId/follow-up',
    {
      schema: {
        summary: 'Pairs at risk, support requests and comments (programme admins only)',
        tags: ['dashboard'],
        security,
        params: programmeIdParams,
        querystring: dashboardQuery,
        response: { 200: followUpDto, ...errors },
      },
    },
    async (request) => {
      const f = await programmeFollowUp(
        deps.dashboard,
        callerOf(principalOf(request)),
        request.params.programmeId,
        request.query,
      );
      return {
        atRisk: f.atRisk.map((p) => ({ ...p, lastHeldAt: p.lastHeldAt?.toISOString() ?? null })),
        support: f.support.map((s) => ({
          sessionId: s.sessionId,
          pairingId: s.pairingId,
          author: { aadId: s.authorAadId, displayName: s.authorName, role: s.authorRole },
          obstacles: s.obstacles,
          submittedAt: s.submittedAt.toISOString(),
          handledAt: s.handledAt?.toISOString() ?? null,
        })),
        comments: f.comments.map((c) => ({ ...c, submittedAt: c.submittedAt.toISOString() })),
      };
    },
  );

  typed.get(
    '/me/progress',
    {
      schema: {
        summary: 'Your sessions, goals and skills before and after, in each programme you are paired in',
        tags: ['dashboard'],
        security,
        response: { 200: z.object({ items: z.array(myProgressDto) }), 401: problemDto },
      },
    },
    async (request) => ({ items: await myProgress(deps.dashboard, callerOf(principalOf(request))) }),
  );

  typed.get(
    '/me/surveys',
    {
      schema: {
        summary: 'Surveys open to you, with your answers',
        tags: ['surveys'],
        security,
        response: { 200: z.object({ items: z.array(mySurveyDto) }), 401: problemDto },
      },
    },
    async (request) => ({
      items: (await mySurveys(deps.surveys, callerOf(principalOf(request)))).map((s) => ({
        ...s,
        openedAt: s.openedAt.toISOString(),
        closesAt: s.closesAt.toISOString(),
        answer: s.answer ? surveyAnswerToDto(s.answer) : null,
      })),
    }),
  );

  typed.put(
    '/programmes/:programmeId/surveys/:kind/my-answer',
    {
      schema: {
        summary: 'Answer (or change your answer to) an open survey',
        tags: ['surveys'],
        security,
        params: surveyParams,
        body: surveyInput,
        response: { 200: surveyInput.extend({ submittedAt: z.iso.datetime() }), ...errors },
      },
    },
    async (request) =>
      surveyAnswerToDto(
        await answerSurvey(
          deps.surveys,
          callerOf(principalOf(request)),
          request.params.programmeId,
          request.params.kind,
          request.body,
          'tab',
        ),
      ),
  );

  typed.post(
    '/programmes/:programmeId/surveys/:kind/open',
    {
      schema: {
        summary: 'Open a survey: the bot sends it to every paired participant (programme admins)',
        tags: ['surveys'],
        security,
        params: surveyParams,
        body: z.object({ closesInDays: z.number().int().min(1).max(60).default(14) }),
        response: { 200: surveyRoundDto, ...errors },
      },
    },
    async (request) => {
      const round = await openSurvey(
        deps.surveys,
        callerOf(principalOf(request)),
        request.params.programmeId,
        request.params.kind,
        request.body,
      );
      return {
        kind: round.kind,
        openedAt: round.openedAt.toISOString(),
        closesAt: round.closesAt.toISOString(),
        sent: round.sent,
        answers: 0,
      };
    },
  );

  typed.get(
    '/programmes/:programmeId/surveys',
    {
      schema: {
        summary: "The programme's survey rounds and how many answered (programme admins)",
        tags: ['surveys'],
        security,
        params: programmeIdParams,
        response: { 200: z.object({ items: z.array(surveyRoundDto) }), ...errors },
      },
    },
    async (request) => ({
      items: (
        await surveyRounds(deps.surveys, callerOf(principalOf(request)), request.params.programmeId)
      ).map((r) => ({
        kind: r.kind,
        openedAt: r.openedAt.toISOString(),
        closesAt: r.closesAt.toISOString(),
        sent: r.sent,
        answers: r.answers,
      })),
    }),
  );
};
