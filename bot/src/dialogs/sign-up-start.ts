import type { ApplicationDeps } from '../../../api/src/app/applications';
import type { Caller } from '../../../api/src/app/caller';
import { listProgrammes } from '../../../api/src/app/list-programmes';
import type { Person } from '../../../api/src/app/ports/people';
import { isEligible, type Programme } from '../../../api/src/domain/programme';
import type { ProfileFacts } from '../cards/sign-up-start-card';

/** Recruiting programmes the person can see and is eligible for: the ones worth offering. */
export async function openProgrammesFor(
  deps: ApplicationDeps,
  caller: Caller,
  person: Person,
): Promise<Programme[]> {
  const visible = await listProgrammes(deps, {
    tenantId: caller.tenantId,
    aadId: caller.aadId,
    name: person.displayName,
    userPrincipalName: person.userPrincipalName,
    appRoles: [],
  });
  return visible.filter((p) => p.status === 'recruiting' && isEligible(p.eligibility, person));
}

/** What Microsoft 365 knows about the person, with their manager's name rather than an id. */
export async function profileFactsOf(deps: ApplicationDeps, person: Person): Promise<ProfileFacts> {
  const manager = person.managerAadId
    ? await deps.people.findByAadId(person.tenantId, person.managerAadId)
    : undefined;
  return {
    name: person.displayName,
    department: person.department,
    jobTitle: person.jobTitle,
    manager: manager?.displayName ?? null,
    office: person.officeLocation,
    language: person.preferredLanguage,
    timeZone: person.timeZone,
  };
}
