import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../app/caller';
import {
  approvePairings,
  endPairing,
  type MatchingDeps,
  type MatchingView,
  matchingView,
  runMatching,
  setPairingRule,
} from '../../app/matching';
import { myPairings } from '../../app/my-pairings';
import type { PairingRecord } from '../../app/ports/pairings';
import {
  approveInput,
  endPairingInput,
  matchingDto,
  myPairingDto,
  type pairingDto,
  pairingRuleInput,
} from '../../contract/matching';
import { problemDto } from '../../contract/problem';
import { programmeIdParams } from '../../contract/programme';
import type { Locale } from '../../domain/pairing/score';
import { principalOf } from '../authenticate';

const errors = { 400: problemDto, 401: problemDto, 403: problemDto, 404: problemDto, 409: problemDto };
const security = [{ bearer: [] }];
const tags = ['matching'];

function pairingToDto(
  names: Map<string, string>,
  p: PairingRecord & { explanation: { fr: string; en: string } },
): z.infer<typeof pairingDto> {
  return {
    id: p.id,
    programmeId: p.programmeId,
    mentee: { aadId: p.menteeAadId, displayName: names.get(p.menteeAadId) ?? p.menteeAadId },
    mentor: { aadId: p.mentorAadId, displayName: names.get(p.mentorAadId) ?? p.mentorAadId },
    status: p.status,
    score: Math.round(p.score * 100) / 100,
    locked: p.locked,
    explanation: p.explanation,
    proposedAt: p.proposedAt.toISOString(),
    approvedAt: p.approvedAt?.toISOString() ?? null,
    endedAt: p.endedAt?.toISOString() ?? null,
    endReason: p.endReason,
  };
}

function viewToDto(view: MatchingView): z.infer<typeof matchingDto> {
  return {
    proposals: view.proposals.map((p) => pairingToDto(view.displayNames, p)),
    active: view.active.map((p) => pairingToDto(view.displayNames, p)),
    unmatched: view.unmatched.map((u) => ({
      aadId: u.aadId,
      displayName: view.displayNames.get(u.aadId) ?? u.aadId,
      role: u.role,
      reason: u.reason.kind,
      explanation: u.explanation,
    })),
    rules: view.rules,
    figures: view.figures as z.infer<typeof matchingDto>['figures'],
    ranAt: view.ranAt?.toISOString() ?? null,
  };
}

export const matchingRoutes: FastifyPluginAsync<{ deps: MatchingDeps }> = async (app, { deps }) => {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const base = '/programmes/:programmeId/matching';

  typed.get(
    base,
    {
      schema: {
        summary: 'Proposals with scores and explanations, active pairs, unmatched people and the rules',
        tags,
        security,
        params: programmeIdParams,
        response: { 200: matchingDto, ...errors },
      },
    },
    async (request) =>
      viewToDto(await matchingView(deps, callerOf(principalOf(request)), request.params.programmeId)),
  );

  typed.post(
    `${base}/run`,
    {
      schema: {
        summary: 'Run matching: most mentees paired, then the best total score (proved optimal)',
        tags,
        security,
        params: programmeIdParams,
        response: { 200: matchingDto, ...errors },
      },
    },
    async (request) =>
      viewToDto(await runMatching(deps, callerOf(principalOf(request)), request.params.programmeId)),
  );

  for (const [method, action] of [
    ['post', 'add'],
    ['delete', 'remove'],
  ] as const) {
    typed[method](
      `${base}/rules`,
      {
        schema: {
          summary:
            action === 'add'
              ? 'Lock or forbid a pair, then match again'
              : 'Remove a lock or a ban, then match again',
          tags,
          security,
          params: programmeIdParams,
          body: pairingRuleInput,
          response: { 200: matchingDto, ...errors },
        },
      },
      async (request) =>
        viewToDto(
          await setPairingRule(
            deps,
            callerOf(principalOf(request)),
            request.params.programmeId,
            request.body,
            action,
          ),
        ),
    );
  }

  typed.post(
    `${base}/approve`,
    {
      schema: {
        summary: 'Approve proposals: the pairs become active and the bot introduces each person',
        tags,
        security,
        params: programmeIdParams,
        body: approveInput,
        response: {
          200: z.object({ approved: z.number().int(), introductions: z.number().int() }),
          ...errors,
        },
      },
    },
    async (request) => {
      const caller = callerOf(principalOf(request));
      return approvePairings(
        deps,
        caller,
        request.params.programmeId,
        request.body.pairingIds,
        async (aadId) => {
          const person = await deps.people.findByAadId(caller.tenantId, aadId);
          const locale: Locale = person?.preferredLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
          return {
            name: person?.displayName ?? aadId,
            jobTitle: person?.jobTitle ?? null,
            department: person?.department ?? null,
            locale,
          };
        },
      );
    },
  );

  typed.post(
    '/programmes/:programmeId/pairings/:pairingId/end',
    {
      schema: {
        summary: 'End an active pair with a reason; both people can be paired again',
        tags,
        security,
        params: programmeIdParams.extend({ pairingId: z.uuid({ message: 'not a pair id' }) }),
        body: endPairingInput,
        response: { 200: z.object({ id: z.uuid(), status: z.literal('ended') }), ...errors },
      },
    },
    async (request) => {
      const ended = await endPairing(
        deps,
        callerOf(principalOf(request)),
        request.params.programmeId,
        request.params.pairingId,
        request.body.reason,
      );
      return { id: ended.id, status: 'ended' as const };
    },
  );

  typed.get(
    '/me/pairings',
    {
      schema: {
        summary: "The caller's pairs and why they were paired",
        tags,
        security,
        response: { 200: z.object({ items: z.array(myPairingDto) }), 401: problemDto },
      },
    },
    async (request) => {
      const items = await myPairings(deps, callerOf(principalOf(request)));
      return {
        items: items.map((p) => ({
          id: p.id,
          programmeId: p.programmeId,
          programmeName: p.programmeName,
          myRole: p.myRole,
          partner: {
            aadId: p.partner.aadId,
            displayName: p.partner.displayName,
            jobTitle: p.partner.jobTitle,
            department: p.partner.department,
            mail: p.partner.mail,
          },
          status: p.status,
          why: p.why,
          approvedAt: p.approvedAt?.toISOString() ?? null,
        })),
      };
    },
  );
};
