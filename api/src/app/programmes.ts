import type { Clock } from '../domain/clock';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../domain/errors';
import { charterComplete, type Programme, type SessionThemeSettings } from '../domain/programme';
import { DEFAULT_CHARTER, DEFAULT_SKILLS } from '../domain/programme-defaults';
import {
  allowedTransitions,
  type TransitionRefusal,
  transitionRefusals,
} from '../domain/programme-lifecycle';
import type { ProgrammeStatus } from '../domain/programme-status';
import { type ProgrammeRole, programmeRolesOf } from '../domain/roles';
import { defaultSessionThemes } from '../domain/scheduling';
import { type Caller, isProgrammeAdmin, requireProgrammeAdmin } from './caller';
import type { AuditLog } from './ports/audit';
import type { Directory } from './ports/directory';
import type { ParticipantRepository } from './ports/participants';
import type { Person, PersonRepository } from './ports/people';
import type { ProgrammeRepository, ProgrammeSettings } from './ports/programmes';

export interface ProgrammeDeps {
  programmes: ProgrammeRepository;
  participants: Pick<ParticipantRepository, 'listForPerson'>;
  people: PersonRepository;
  directory: Directory;
  audit: AuditLog;
  clock: Clock;
}

export interface ProgrammeDetails {
  programme: Programme;
  myRoles: ProgrammeRole[];
  sponsors: Person[];
  admins: Person[];
  organizerMailbox: Person | null;
  allowedTransitions: ProgrammeStatus[];
}

export type ProgrammeSettingsInput = Omit<ProgrammeSettings, 'skills' | 'charter' | 'sessionThemes'> & {
  skills?: ProgrammeSettings['skills'];
  charter?: ProgrammeSettings['charter'];
  sessionThemes?: ProgrammeSettings['sessionThemes'];
};

/** The default curriculum as programme settings (mutable copies). */
export function defaultThemeSettings(): SessionThemeSettings[] {
  return defaultSessionThemes().map((t) => ({
    ...t,
    agenda: { fr: [...t.agenda.fr], en: [...t.agenda.en] },
  }));
}

async function load(deps: Pick<ProgrammeDeps, 'programmes'>, caller: Caller, programmeId: string) {
  const programme = await deps.programmes.get(caller.tenantId, programmeId);
  if (!programme) throw new NotFoundError('programme_not_found', `Programme ${programmeId} does not exist.`);
  return programme;
}

/** A programme is visible to its admins and sponsors, and to everyone while it recruits. */
export async function getProgramme(
  deps: ProgrammeDeps,
  caller: Caller,
  programmeId: string,
): Promise<ProgrammeDetails> {
  const programme = await load(deps, caller, programmeId);
  const result = await details(deps, caller, programme);
  if (result.myRoles.length === 0 && programme.status !== 'recruiting') {
    throw new ForbiddenError('programme_not_visible', `Programme "${programme.name}" is not open to you.`);
  }
  return result;
}

/** Admin and sponsor roles, plus mentor or mentee for someone taking part. */
async function rolesIn(deps: ProgrammeDeps, caller: Caller, programme: Programme): Promise<ProgrammeRole[]> {
  const applications = await deps.participants.listForPerson(caller.tenantId, caller.aadId);
  const taking = applications.find(
    (a) => a.programmeId === programme.id && a.status !== 'withdrawn' && a.status !== 'declined',
  );
  return [...programmeRolesOf(programme, caller), ...(taking ? [taking.role] : [])];
}

async function details(deps: ProgrammeDeps, caller: Caller, programme: Programme): Promise<ProgrammeDetails> {
  const people = await deps.people.findMany(caller.tenantId, [
    ...programme.sponsorAadIds,
    ...programme.adminAadIds,
    ...(programme.organizerAadId ? [programme.organizerAadId] : []),
  ]);
  const byId = new Map(people.map((p) => [p.aadId, p]));
  const pick = (ids: string[]) => ids.map((id) => byId.get(id)).filter((p): p is Person => !!p);
  return {
    programme,
    myRoles: await rolesIn(deps, caller, programme),
    sponsors: pick(programme.sponsorAadIds),
    admins: pick(programme.adminAadIds),
    organizerMailbox: programme.organizerAadId ? (byId.get(programme.organizerAadId) ?? null) : null,
    allowedTransitions: isProgrammeAdmin(caller, programme) ? [...allowedTransitions(programme.status)] : [],
  };
}

/** Sponsors and admins must be real people of the directory; they are mirrored on the way. */
async function ensurePeople(deps: ProgrammeDeps, caller: Caller, field: string, aadIds: string[]) {
  const known = new Set((await deps.people.findMany(caller.tenantId, aadIds)).map((p) => p.aadId));
  const errors: { path: string; message: string }[] = [];
  for (const [index, aadId] of aadIds.entries()) {
    if (known.has(aadId)) continue;
    const user = await deps.directory.getUser(aadId);
    if (!user) errors.push({ path: `body.${field}.${index}`, message: `${aadId} is not in the directory` });
    else await deps.people.upsertFromDirectory(caller.tenantId, user, deps.clock.now());
  }
  return errors;
}

async function validatedSettings(
  deps: ProgrammeDeps,
  caller: Caller,
  input: ProgrammeSettingsInput,
): Promise<ProgrammeSettings> {
  const settings: ProgrammeSettings = {
    ...input,
    sponsorAadIds: [...new Set(input.sponsorAadIds)],
    adminAadIds: [...new Set(input.adminAadIds)],
    skills: input.skills ?? DEFAULT_SKILLS,
    charter: input.charter === undefined ? DEFAULT_CHARTER : input.charter,
    sessionThemes: input.sessionThemes ?? defaultThemeSettings(),
    organizerAadId: input.organizer === 'shared' ? input.organizerAadId : null,
  };
  const errors = [
    ...(await ensurePeople(deps, caller, 'sponsorAadIds', settings.sponsorAadIds)),
    ...(await ensurePeople(deps, caller, 'adminAadIds', settings.adminAadIds)),
    ...(settings.organizerAadId
      ? await ensurePeople(deps, caller, 'organizerAadId', [settings.organizerAadId])
      : []),
  ].map((e) => (e.path === 'body.organizerAadId.0' ? { ...e, path: 'body.organizerAadId' } : e));
  if (errors.length > 0) {
    throw new InvalidInputError(
      'unknown_people',
      'Some sponsors, admins or the organizer mailbox are not in the directory.',
      errors,
    );
  }
  return settings;
}

/** Tenant admins create programmes; the creator becomes one of its admins. */
export async function createProgramme(
  deps: ProgrammeDeps,
  caller: Caller,
  input: ProgrammeSettingsInput,
): Promise<ProgrammeDetails> {
  if (!caller.tenantRoles.includes('admin')) {
    throw new ForbiddenError(
      'not_tenant_admin',
      'Only programme admins (the Programme.Admin role) can create programmes.',
    );
  }
  const withCreator = { ...input, adminAadIds: [caller.aadId, ...input.adminAadIds] };
  const settings = await validatedSettings(deps, caller, withCreator);
  const programme = await deps.programmes.create(caller.tenantId, settings, caller.aadId);
  await deps.audit.record({
    tenantId: caller.tenantId,
    actorAadId: caller.aadId,
    action: 'programme.created',
    subject: programme.id,
    detail: { name: programme.name },
  });
  return details(deps, caller, programme);
}

export async function updateProgramme(
  deps: ProgrammeDeps,
  caller: Caller,
  programmeId: string,
  input: ProgrammeSettingsInput,
): Promise<ProgrammeDetails> {
  const current = await load(deps, caller, programmeId);
  requireProgrammeAdmin(caller, current);
  if (current.status === 'closed') {
    throw new ConflictError(
      'programme_closed',
      `Programme "${current.name}" is closed and can no longer change.`,
    );
  }
  const settings = await validatedSettings(deps, caller, input);
  if (settings.adminAadIds.length === 0) {
    throw new InvalidInputError('needs_admin', `Programme "${current.name}" needs at least one admin.`, [
      { path: 'body.adminAadIds', message: 'keep at least one admin' },
    ]);
  }
  if (current.status !== 'draft' && settings.skills.length === 0) {
    throw new InvalidInputError('needs_skills', 'A programme open to volunteers needs its skills catalogue.');
  }
  const updated = await deps.programmes.update(caller.tenantId, programmeId, settings);
  await deps.audit.record({
    tenantId: caller.tenantId,
    actorAadId: caller.aadId,
    action: 'programme.updated',
    subject: programmeId,
  });
  return details(deps, caller, updated);
}

const REFUSAL_TEXT: Record<TransitionRefusal, string> = {
  not_allowed_from_status: 'this move is not possible from the current status',
  needs_objectives: 'add at least one objective with its KPI and target',
  needs_charter: 'write the trust charter in French and English',
  needs_skills: 'keep at least one skill in the catalogue',
  needs_admin: 'name at least one programme admin',
  needs_dates: 'set the start and end dates',
  needs_approved_participants: 'approve at least one mentor and one mentee',
  needs_active_pairs: 'approve at least one pair',
  sessions_still_booked: 'cancel or hold the sessions still booked',
};

export class TransitionRefusedError extends ConflictError {
  constructor(
    readonly programmeName: string,
    readonly from: ProgrammeStatus,
    readonly to: ProgrammeStatus,
    override readonly reasons: TransitionRefusal[],
  ) {
    super(
      'transition_refused',
      `Programme "${programmeName}" cannot move from ${from} to ${to}: ${reasons.map((r) => REFUSAL_TEXT[r]).join('; ')}.`,
    );
  }
}

export async function transitionProgramme(
  deps: ProgrammeDeps,
  caller: Caller,
  programmeId: string,
  to: ProgrammeStatus,
): Promise<ProgrammeDetails> {
  const programme = await load(deps, caller, programmeId);
  requireProgrammeAdmin(caller, programme);
  const counts = await deps.programmes.counts(caller.tenantId, programmeId, deps.clock.now());
  const reasons = transitionRefusals(
    {
      status: programme.status,
      objectives: programme.objectives.length,
      charterComplete: charterComplete(programme.charter),
      skills: programme.skills.length,
      admins: programme.adminAadIds.length,
      hasDates: !!programme.startsOn && !!programme.endsOn,
      ...counts,
    },
    to,
  );
  if (reasons.length > 0) throw new TransitionRefusedError(programme.name, programme.status, to, reasons);
  if (!(await deps.programmes.setStatus(caller.tenantId, programmeId, programme.status, to))) {
    throw new ConflictError(
      'programme_changed',
      `Programme "${programme.name}" changed meanwhile; reload and try again.`,
    );
  }
  await deps.audit.record({
    tenantId: caller.tenantId,
    actorAadId: caller.aadId,
    action: 'programme.transition',
    subject: programmeId,
    detail: { from: programme.status, to },
  });
  return details(deps, caller, { ...programme, status: to });
}
