import {
  type ApplicationInput,
  type ApplicationProblem,
  applicationProblems,
  mentorBalance,
  type ParticipantRole,
  statusAfterEdit,
} from '../domain/application';
import type { Clock } from '../domain/clock';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../domain/errors';
import type { Programme } from '../domain/programme';
import { type Caller, isProgrammeAdmin, requireProgrammeAdmin } from './caller';
import type { AuditLog } from './ports/audit';
import type { Directory } from './ports/directory';
import type {
  ApplicationFilters,
  NotificationOutcome,
  Notifier,
  ParticipantRecord,
  ParticipantRepository,
  ParticipantWithPerson,
} from './ports/participants';
import type { Person, PersonRepository } from './ports/people';
import type { ProgrammeRepository } from './ports/programmes';

export interface ApplicationDeps {
  programmes: ProgrammeRepository;
  participants: ParticipantRepository;
  people: PersonRepository;
  directory: Directory;
  notifier: Notifier;
  audit: AuditLog;
  clock: Clock;
}

async function loadProgramme(deps: ApplicationDeps, caller: Caller, programmeId: string): Promise<Programme> {
  const programme = await deps.programmes.get(caller.tenantId, programmeId);
  if (!programme) throw new NotFoundError('programme_not_found', `Programme ${programmeId} does not exist.`);
  return programme;
}

/** The caller's directory profile, mirrored if needed: sign-up is pre-filled from Microsoft 365. */
export async function profileOf(
  deps: Pick<ApplicationDeps, 'people' | 'directory' | 'clock'>,
  caller: Caller,
): Promise<Person> {
  const known = await deps.people.findByAadId(caller.tenantId, caller.aadId);
  if (known) return known;
  const user = await deps.directory.getUser(caller.aadId);
  if (!user) throw new NotFoundError('person_not_found', `${caller.aadId} is not in the directory.`);
  return deps.people.upsertFromDirectory(caller.tenantId, user, deps.clock.now());
}

const PROBLEM_PATHS: Record<ApplicationProblem['code'], string> = {
  programme_not_recruiting: 'programmeId',
  not_eligible: 'programmeId',
  unknown_skill: 'body.skills',
  no_skills: 'body.skills',
  duplicate_skill: 'body.skills',
  capacity_out_of_range: 'body.capacity',
  charter_not_accepted: 'body.charterAccepted',
  data_use_not_accepted: 'body.dataUseAccepted',
};

export class ApplicationRefusedError extends InvalidInputError {
  constructor(
    readonly programmeName: string,
    readonly problems: ApplicationProblem[],
  ) {
    super(
      problems.some((p) => p.code === 'programme_not_recruiting' || p.code === 'not_eligible')
        ? problems[0]!.code
        : 'application_invalid',
      `The application to "${programmeName}" cannot be saved: ${problems.map(describeProblem).join('; ')}.`,
      problems.map((p) => ({ path: PROBLEM_PATHS[p.code], message: describeProblem(p) })),
    );
  }
}

function describeProblem(problem: ApplicationProblem): string {
  switch (problem.code) {
    case 'programme_not_recruiting':
      return 'the programme is not recruiting';
    case 'not_eligible':
      return 'the programme is not open to your department, office or employee type';
    case 'unknown_skill':
      return `skill "${problem.skillId}" is not in the programme's catalogue`;
    case 'duplicate_skill':
      return `skill "${problem.skillId}" is listed twice`;
    case 'no_skills':
      return 'choose at least one skill';
    case 'capacity_out_of_range':
      return `a mentor takes 1 to ${problem.max} mentee(s) in this programme`;
    case 'charter_not_accepted':
      return 'the trust charter must be accepted';
    case 'data_use_not_accepted':
      return 'the data-use notice must be accepted';
  }
}

/** Sign-up, from the bot or the tab: signing up twice updates the same application. */
export async function submitApplication(
  deps: ApplicationDeps,
  caller: Caller,
  programmeId: string,
  input: ApplicationInput,
  source: 'bot' | 'tab',
): Promise<ParticipantRecord> {
  const programme = await loadProgramme(deps, caller, programmeId);
  const person = await profileOf(deps, caller);
  const existing = await deps.participants.find(caller.tenantId, programmeId, caller.aadId);
  if (existing?.status === 'paired') {
    throw new ConflictError(
      'already_paired',
      `You are already paired in "${programme.name}"; ask its admin to change.`,
    );
  }
  const problems = applicationProblems(programme, person, input);
  if (problems.length > 0) throw new ApplicationRefusedError(programme.name, problems);
  const saved = await deps.participants.upsert(caller.tenantId, programmeId, caller.aadId, {
    ...input,
    languages: input.languages.filter((l): l is 'fr' | 'en' => l === 'fr' || l === 'en'),
    capacity: input.role === 'mentor' ? input.capacity : 1,
    status: statusAfterEdit(existing, input.role),
    source,
    acceptedAt: deps.clock.now(),
  });
  await deps.audit.record({
    tenantId: caller.tenantId,
    actorAadId: caller.aadId,
    action: existing ? 'application.updated' : 'application.submitted',
    subject: saved.id,
    detail: { programmeId, role: input.role, source },
  });
  return saved;
}

export async function myApplications(deps: ApplicationDeps, caller: Caller): Promise<ParticipantRecord[]> {
  return deps.participants.listForPerson(caller.tenantId, caller.aadId);
}

export async function withdrawApplication(
  deps: ApplicationDeps,
  caller: Caller,
  programmeId: string,
): Promise<ParticipantRecord> {
  const programme = await loadProgramme(deps, caller, programmeId);
  const existing = await deps.participants.find(caller.tenantId, programmeId, caller.aadId);
  if (!existing || existing.status === 'withdrawn') {
    throw new NotFoundError('no_application', `You have no application to "${programme.name}" to withdraw.`);
  }
  if (existing.status === 'paired') {
    throw new ConflictError(
      'already_paired',
      `You are already paired in "${programme.name}"; ask its admin to end the pair.`,
    );
  }
  const withdrawn = await deps.participants.setStatus(caller.tenantId, existing.id, {
    status: 'withdrawn',
    at: deps.clock.now(),
  });
  await deps.audit.record({
    tenantId: caller.tenantId,
    actorAadId: caller.aadId,
    action: 'application.withdrawn',
    subject: existing.id,
  });
  return withdrawn;
}

export async function listApplications(
  deps: ApplicationDeps,
  caller: Caller,
  programmeId: string,
  filters: ApplicationFilters,
): Promise<ParticipantWithPerson[]> {
  const programme = await loadProgramme(deps, caller, programmeId);
  requireProgrammeAdmin(caller, programme);
  return deps.participants.list(caller.tenantId, programmeId, filters);
}

const DECISIONS = { approve: 'approved', decline: 'declined', waitlist: 'waitlisted' } as const;

export async function reviewApplication(
  deps: ApplicationDeps,
  caller: Caller,
  programmeId: string,
  participantId: string,
  review: { decision: keyof typeof DECISIONS; message?: string | undefined },
): Promise<{ application: ParticipantWithPerson; notification: NotificationOutcome }> {
  const programme = await loadProgramme(deps, caller, programmeId);
  requireProgrammeAdmin(caller, programme);
  const application = await deps.participants.get(caller.tenantId, programmeId, participantId);
  if (!application) {
    throw new NotFoundError(
      'application_not_found',
      `Application ${participantId} is not in "${programme.name}".`,
    );
  }
  if (application.status === 'withdrawn' || application.status === 'paired') {
    throw new ConflictError(
      'application_not_reviewable',
      `${application.person.displayName}'s application is ${application.status} and cannot be reviewed.`,
    );
  }
  if (!['recruiting', 'matching'].includes(programme.status)) {
    throw new ConflictError(
      'programme_not_reviewing',
      `Programme "${programme.name}" is ${programme.status}.`,
    );
  }
  const status = DECISIONS[review.decision];
  await deps.participants.setStatus(caller.tenantId, participantId, {
    status,
    reviewMessage: review.message?.trim() || null,
    reviewedBy: caller.aadId,
    at: deps.clock.now(),
  });
  await deps.audit.record({
    tenantId: caller.tenantId,
    actorAadId: caller.aadId,
    action: `application.${status}`,
    subject: participantId,
  });
  const notification = await deps.notifier.applicationReviewed(caller.tenantId, application.aadId, {
    programmeName: programme.name,
    decision: status,
    message: review.message?.trim() || null,
    role: application.role,
  });
  const updated = await deps.participants.get(caller.tenantId, programmeId, participantId);
  if (!updated) throw new Error(`application ${participantId} vanished`);
  return { application: updated, notification };
}

export interface RecruitmentStats {
  byRole: Record<ParticipantRole, number>;
  byStatus: Record<string, number>;
  byDepartment: { department: string; mentor: number; mentee: number }[];
  balance: ReturnType<typeof mentorBalance>;
}

/** Counts while recruiting: per role, status and department, and the mentor:mentee balance. */
export async function recruitmentStats(
  deps: ApplicationDeps,
  caller: Caller,
  programmeId: string,
): Promise<RecruitmentStats> {
  const programme = await loadProgramme(deps, caller, programmeId);
  if (!isProgrammeAdmin(caller, programme)) {
    throw new ForbiddenError(
      'not_programme_admin',
      `Only the admins of "${programme.name}" see its volunteers.`,
    );
  }
  const all = await deps.participants.list(caller.tenantId, programmeId, {});
  const active = all.filter((a) => a.status !== 'withdrawn' && a.status !== 'declined');
  const byStatus: Record<string, number> = {};
  for (const a of all) byStatus[a.status] = (byStatus[a.status] ?? 0) + 1;
  const departments = new Map<string, { mentor: number; mentee: number }>();
  for (const a of active) {
    const key = a.person.department ?? '—';
    const entry = departments.get(key) ?? { mentor: 0, mentee: 0 };
    entry[a.role] += 1;
    departments.set(key, entry);
  }
  return {
    byRole: {
      mentor: active.filter((a) => a.role === 'mentor').length,
      mentee: active.filter((a) => a.role === 'mentee').length,
    },
    byStatus,
    byDepartment: [...departments.entries()]
      .map(([department, counts]) => ({ department, ...counts }))
      .sort(
        (a, b) => b.mentor + b.mentee - (a.mentor + a.mentee) || a.department.localeCompare(b.department),
      ),
    balance: mentorBalance(all.filter((a) => a.status === 'approved' || a.status === 'paired')),
  };
}
