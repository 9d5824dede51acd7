import type { ApplicationDto } from '../../../api/src/contract';
import type { MatchingDto } from './matching-api';

export interface MentorChoice {
  aadId: string;
  displayName: string;
  jobTitle: string | null;
  department: string | null;
  /** Mentees proposed to or active with this mentor now. */
  load: number;
}

const inMatching = (application: ApplicationDto) =>
  application.status === 'approved' || application.status === 'paired';

/** Display names of everyone the matching screen may mention, rules included. */
export function nameIndex(view: MatchingDto, applications: readonly ApplicationDto[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const application of applications) names.set(application.person.aadId, application.person.displayName);
  for (const pairing of [...view.proposals, ...view.active]) {
    names.set(pairing.mentee.aadId, pairing.mentee.displayName);
    names.set(pairing.mentor.aadId, pairing.mentor.displayName);
  }
  for (const person of view.unmatched) names.set(person.aadId, person.displayName);
  return names;
}

/**
 * The programme's mentors (approved or already paired) a mentee could be given instead: never the
 * current mentor nor one the admin forbade with this mentee. Least loaded first, then by name.
 */
export function mentorChoices({
  view,
  applications,
  menteeAadId,
  currentMentorAadId,
}: {
  view: MatchingDto;
  applications: readonly ApplicationDto[];
  menteeAadId: string;
  currentMentorAadId: string | null;
}): MentorChoice[] {
  const forbidden = new Set(
    view.rules.filter((r) => r.kind === 'never' && r.menteeAadId === menteeAadId).map((r) => r.mentorAadId),
  );
  const load = new Map<string, number>();
  for (const pairing of [...view.proposals, ...view.active]) {
    load.set(pairing.mentor.aadId, (load.get(pairing.mentor.aadId) ?? 0) + 1);
  }
  const seen = new Set<string>();
  const choices: MentorChoice[] = [];
  for (const application of applications) {
    const { aadId, displayName, jobTitle, department } = application.person;
    if (application.role !== 'mentor' || !inMatching(application)) continue;
    if (aadId === currentMentorAadId || forbidden.has(aadId) || seen.has(aadId)) continue;
    seen.add(aadId);
    choices.push({ aadId, displayName, jobTitle, department, load: load.get(aadId) ?? 0 });
  }
  return choices.sort((a, b) => a.load - b.load || a.displayName.localeCompare(b.displayName));
}

/** Proposals whose mentee had no proposal, or another mentor, in the previous result. */
export function changedProposals(previous: MatchingDto | undefined, next: MatchingDto): Set<string> {
  const changed = new Set<string>();
  if (!previous?.figures) return changed;
  const before = new Map(previous.proposals.map((p) => [p.mentee.aadId, p.mentor.aadId]));
  for (const proposal of next.proposals) {
    if (before.get(proposal.mentee.aadId) !== proposal.mentor.aadId) changed.add(proposal.id);
  }
  return changed;
}

/** Distinct mentors with at least one proposed or active pair. */
export function mentorsUsed(view: MatchingDto): number {
  return new Set([...view.proposals, ...view.active].map((p) => p.mentor.aadId)).size;
}
