import type { Clock } from '../domain/clock';
import { ConflictError, InvalidInputError, NotFoundError } from '../domain/errors';
import {
  type CriterionResult,
  explain,
  type Locale,
  pairingSettings,
  skillLabelsFrom,
} from '../domain/pairing/score';
import type { Programme } from '../domain/programme';
import { type Caller, requireProgrammeAdmin } from './caller';
import { toPairingCandidate } from './matching-candidates';
import { computeMatching, type MatchingCompute, type Unmatched } from './matching-compute';
import type { AuditLog } from './ports/audit';
import type { PairingRecord, PairingRepository, PairingRuleRecord } from './ports/pairings';
import type { PersonRepository } from './ports/people';
import type { ProgrammeRepository } from './ports/programmes';

export interface PairIntroduction {
  programmeName: string;
  role: 'mentor' | 'mentee';
  partnerName: string;
  partnerJobTitle: string | null;
  partnerDepartment: string | null;
  why: string;
}

export interface PairNotifier {
  pairIntroduced(
    tenantId: string,
    aadId: string,
    introduction: PairIntroduction,
    locale: Locale,
  ): Promise<unknown>;
}

export interface MatchingDeps {
  programmes: ProgrammeRepository;
  pairings: PairingRepository;
  people: PersonRepository;
  notifier: PairNotifier;
  audit: AuditLog;
  clock: Clock;
  /** Where scoring and solving run (e.g. a thread of their own for large programmes); default: here. */
  compute?: MatchingCompute;
  /** Cancels what the ended pair still had ahead (their sessions in Outlook). */
  onPairEnded?(tenantId: string, pairingId: string, by: string, reason: string): Promise<unknown>;
}

export interface MatchingView {
  proposals: (PairingRecord & { explanation: { fr: string; en: string } })[];
  active: (PairingRecord & { explanation: { fr: string; en: string } })[];
  unmatched: Unmatched[];
  rules: PairingRuleRecord[];
  figures: Record<string, unknown> | null;
  ranAt: Date | null;
  /** Display names of everyone above. */
  displayNames: Map<string, string>;
}

export type { Unmatched } from './matching-compute';

const computeHere: MatchingCompute = async (input) => computeMatching(input);

async function adminProgramme(deps: MatchingDeps, caller: Caller, programmeId: string): Promise<Programme> {
  const programme = await deps.programmes.get(caller.tenantId, programmeId);
  if (!programme) throw new NotFoundError('programme_not_found', `Programme ${programmeId} does not exist.`);
  requireProgrammeAdmin(caller, programme);
  return programme;
}

/** Why a pair was formed, in French and English, from its stored per-criterion result. */
export function explainPairing(
  programme: Pick<Programme, 'skills'>,
  names: { mentee: string; mentor: string },
  record: Pick<PairingRecord, 'menteeAadId' | 'mentorAadId' | 'score' | 'criteria' | 'locked'>,
): { fr: string; en: string } {
  const result = {
    allowed: true as const,
    menteeId: record.menteeAadId,
    mentorId: record.mentorAadId,
    score: record.score,
    criteria: record.criteria as CriterionResult[],
    locked: record.locked,
    overridden: [],
  };
  const skillLabel = skillLabelsFrom(programme.skills);
  return {
    fr: explain(result, names, 'fr', { skillLabel }),
    en: explain(result, names, 'en', { skillLabel }),
  };
}

function explained(programme: Programme, names: Map<string, string>, record: PairingRecord) {
  const who = { mentee: names.get(record.menteeAadId) ?? '?', mentor: names.get(record.mentorAadId) ?? '?' };
  return { ...record, explanation: explainPairing(programme, who, record) };
}

/**
 * Forms the best binômes the rules allow — most mentees paired, then the best total score, exactly
 * (the solver proves it) — and stores them as proposals for the admin to review.
 */
export async function runMatching(
  deps: MatchingDeps,
  caller: Caller,
  programmeId: string,
): Promise<MatchingView> {
  const programme = await adminProgramme(deps, caller, programmeId);
  if (programme.status !== 'matching' && programme.status !== 'running') {
    throw new ConflictError(
      'programme_not_matching',
      `Programme "${programme.name}" is ${programme.status}: move it to matching first.`,
    );
  }
  const rows = await deps.pairings.candidates(caller.tenantId, programmeId);
  const prepared = {
    mentees: rows.filter((r) => r.role === 'mentee').map(toPairingCandidate),
    mentors: rows.filter((r) => r.role === 'mentor').map(toPairingCandidate),
  };
  const rules = await deps.pairings.rules(caller.tenantId, programmeId);
  const pair = (r: PairingRuleRecord) => ({ menteeId: r.menteeAadId, mentorId: r.mentorAadId });
  const settings = pairingSettings({
    now: deps.clock.now(),
    locked: rules
      .filter((r) => r.kind === 'lock' && prepared.mentees.some((m) => m.id === r.menteeAadId))
      .map(pair),
    neverTogether: rules.filter((r) => r.kind === 'never').map(pair),
  });
  // Among equally good solutions, keep as many of the current proposals as possible, so a lock or a
  // ban changes only what it must.
  const current = await deps.pairings.list(caller.tenantId, programmeId, ['proposed']);
  const { proposals, unmatched, figures } = await (deps.compute ?? computeHere)({
    mentees: prepared.mentees,
    mentors: prepared.mentors,
    settings,
    previous: current.map((p) => [p.menteeAadId, p.mentorAadId]),
  });
  await deps.pairings.replaceProposals(caller.tenantId, programmeId, proposals, {
    ranBy: caller.aadId,
    figures,
    unmatched,
  });
  await deps.audit.record({
    tenantId: caller.tenantId,
    actorAadId: caller.aadId,
    action: 'matching.run',
    subject: programmeId,
    detail: figures,
  });
  return matchingView(deps, caller, programmeId);
}

/** Proposals, active pairs, unmatched people with the reason, and the admin's rules. */
export async function matchingView(
  deps: MatchingDeps,
  caller: Caller,
  programmeId: string,
): Promise<MatchingView> {
  const programme = await adminProgramme(deps, caller, programmeId);
  const [records, run, rules] = await Promise.all([
    deps.pairings.list(caller.tenantId, programmeId, ['proposed', 'active']),
    deps.pairings.latestRun(caller.tenantId, programmeId),
    deps.pairings.rules(caller.tenantId, programmeId),
  ]);
  const unmatched = (run?.unmatched ?? []) as Unmatched[];
  const ids = new Set([
    ...records.flatMap((r) => [r.menteeAadId, r.mentorAadId]),
    ...unmatched.map((u) => u.aadId),
    ...rules.flatMap((r) => [r.menteeAadId, r.mentorAadId]),
  ]);
  const people = await deps.people.findMany(caller.tenantId, [...ids]);
  const names = new Map(people.map((p) => [p.aadId, p.givenName ?? p.displayName]));
  const withText = records.map((r) => explained(programme, names, r));
  return {
    displayNames: new Map(people.map((p) => [p.aadId, p.displayName])),
    proposals: withText.filter((r) => r.status === 'proposed'),
    active: withText.filter((r) => r.status === 'active'),
    unmatched,
    rules,
    figures: run?.figures ?? null,
    ranAt: run?.ranAt ?? null,
  };
}

/** Lock a pair (always formed) or forbid it (never formed), then match again. */
export async function setPairingRule(
  deps: MatchingDeps,
  caller: Caller,
  programmeId: string,
  rule: PairingRuleRecord,
  action: 'add' | 'remove',
): Promise<MatchingView> {
  await adminProgramme(deps, caller, programmeId);
  if (action === 'add') await deps.pairings.addRule(caller.tenantId, programmeId, rule, caller.aadId);
  else if (!(await deps.pairings.removeRule(caller.tenantId, programmeId, rule))) {
    throw new NotFoundError('rule_not_found', 'There is no such rule to remove.');
  }
  return runMatching(deps, caller, programmeId);
}

/** The admin approves proposals: the pairs become active and the bot introduces each person to the other. */
export async function approvePairings(
  deps: MatchingDeps,
  caller: Caller,
  programmeId: string,
  pairingIds: string[] | 'all',
  describe: (
    aadId: string,
  ) => Promise<{ name: string; jobTitle: string | null; department: string | null; locale: Locale }>,
): Promise<{ approved: number; introductions: number }> {
  const programme = await adminProgramme(deps, caller, programmeId);
  const approved = await deps.pairings.approve(
    caller.tenantId,
    programmeId,
    pairingIds,
    caller.aadId,
    deps.clock.now(),
  );
  if (pairingIds !== 'all' && approved.length !== pairingIds.length) {
    throw new InvalidInputError(
      'proposal_not_found',
      'Some of these proposals no longer exist: run matching again.',
    );
  }
  const view = await matchingView(deps, caller, programmeId);
  let introductions = 0;
  for (const record of approved) {
    const shown = view.active.find((a) => a.id === record.id);
    const [mentee, mentor] = await Promise.all([describe(record.menteeAadId), describe(record.mentorAadId)]);
    for (const [aadId, self, partner, role] of [
      [record.menteeAadId, mentee, mentor, 'mentee'],
      [record.mentorAadId, mentor, mentee, 'mentor'],
    ] as const) {
      const outcome = await deps.notifier.pairIntroduced(
        caller.tenantId,
        aadId,
        {
          programmeName: programme.name,
          role,
          partnerName: partner.name,
          partnerJobTitle: partner.jobTitle,
          partnerDepartment: partner.department,
          why: shown?.explanation[self.locale] ?? '',
        },
        self.locale,
      );
      if (outcome === 'sent') introductions += 1;
    }
  }
  await deps.audit.record({
    tenantId: caller.tenantId,
    actorAadId: caller.aadId,
    action: 'matching.approved',
    subject: programmeId,
    detail: { approved: approved.length },
  });
  return { approved: approved.length, introductions };
}

/** Ends an active pair with a reason; both people become free to be paired again. */
export async function endPairing(
  deps: MatchingDeps,
  caller: Caller,
  programmeId: string,
  pairingId: string,
  reason: string,
): Promise<PairingRecord> {
  await adminProgramme(deps, caller, programmeId);
  const record = await deps.pairings.get(caller.tenantId, pairingId);
  if (!record || record.programmeId !== programmeId) {
    throw new NotFoundError('pairing_not_found', `Pair ${pairingId} is not in this programme.`);
  }
  if (record.status !== 'active') {
    throw new ConflictError('pairing_not_active', `Pair ${pairingId} is ${record.status}, not active.`);
  }
  const ended = await deps.pairings.end(caller.tenantId, pairingId, reason, caller.aadId, deps.clock.now());
  await deps.onPairEnded?.(caller.tenantId, pairingId, caller.aadId, reason);
  await deps.audit.record({
    tenantId: caller.tenantId,
    actorAadId: caller.aadId,
    action: 'pairing.ended',
    subject: pairingId,
    detail: { reason },
  });
  return ended;
}
