import type { ParticipantWithPerson } from '../app/ports/participants';
import type { Person } from '../app/ports/people';
import type { ProgrammeDetails } from '../app/programmes';
import type { ApplicationDto, ProgrammeDto, ProgrammeSummaryDto } from '../contract';
import type { Programme } from '../domain/programme';
import type { ProgrammeRole } from '../domain/roles';

const personRef = (p: Person) => ({
  aadId: p.aadId,
  displayName: p.displayName,
  jobTitle: p.jobTitle,
  department: p.department,
});

export function programmeSummaryToDto(p: Programme, myRoles: ProgrammeRole[]): ProgrammeSummaryDto {
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    status: p.status,
    cadence: p.cadence,
    sessionMinutes: p.sessionMinutes,
    sessionCount: p.sessionCount,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    myRoles,
  };
}

export function programmeToDto(d: ProgrammeDetails): ProgrammeDto {
  const p = d.programme;
  return {
    ...programmeSummaryToDto(p, d.myRoles),
    mentorCapacity: p.mentorCapacity,
    objectives: p.objectives,
    eligibility: p.eligibility,
    skills: p.skills,
    charter: p.charter,
    sponsors: d.sponsors.map(personRef),
    admins: d.admins.map(personRef),
    timeZone: p.timeZone,
    sessionThemes: p.sessionThemes,
    organizer: p.organizer,
    organizerMailbox: d.organizerMailbox ? personRef(d.organizerMailbox) : null,
    allowedTransitions: d.allowedTransitions,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function applicationToDto(a: ParticipantWithPerson): ApplicationDto {
  return {
    id: a.id,
    programmeId: a.programmeId,
    person: {
      aadId: a.aadId,
      displayName: a.person.displayName,
      jobTitle: a.person.jobTitle,
      department: a.person.department,
      officeLocation: a.person.officeLocation,
      preferredLanguage: a.person.preferredLanguage,
      managerName: a.person.managerName,
    },
    role: a.role,
    status: a.status,
    skills: a.skills,
    goals: a.goals,
    availability: a.availability,
    languages: a.languages,
    capacity: a.capacity,
    charterAcceptedAt: a.charterAcceptedAt?.toISOString() ?? null,
    source: a.source,
    reviewMessage: a.reviewMessage,
    reviewedAt: a.reviewedAt?.toISOString() ?? null,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}
