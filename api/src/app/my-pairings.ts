import type { Caller } from './caller';
import { explainPairing } from './matching';
import type { PairingRepository } from './ports/pairings';
import type { Person, PersonRepository } from './ports/people';
import type { ProgrammeRepository } from './ports/programmes';

export interface MyPairing {
  id: string;
  programmeId: string;
  programmeName: string;
  myRole: 'mentor' | 'mentee';
  partner: Person;
  status: 'proposed' | 'active' | 'ended';
  why: { fr: string; en: string };
  approvedAt: Date | null;
}

/** A participant's own pairs (approved ones), with why they were paired — never the partner's ratings. */
export async function myPairings(
  deps: { pairings: PairingRepository; people: PersonRepository; programmes: ProgrammeRepository },
  caller: Caller,
): Promise<MyPairing[]> {
  const records = (await deps.pairings.listForPerson(caller.tenantId, caller.aadId)).filter(
    (r) => r.status !== 'proposed',
  );
  const people = await deps.people.findMany(caller.tenantId, [
    caller.aadId,
    ...records.flatMap((r) => [r.menteeAadId, r.mentorAadId]),
  ]);
  const byId = new Map(people.map((p) => [p.aadId, p]));
  const result: MyPairing[] = [];
  for (const record of records) {
    const programme = await deps.programmes.get(caller.tenantId, record.programmeId);
    const myRole = record.menteeAadId === caller.aadId ? 'mentee' : 'mentor';
    const partner = byId.get(myRole === 'mentee' ? record.mentorAadId : record.menteeAadId);
    if (!programme || !partner) continue;
    const names = {
      mentee: byId.get(record.menteeAadId)?.givenName ?? '?',
      mentor: byId.get(record.mentorAadId)?.givenName ?? '?',
    };
    result.push({
      id: record.id,
      programmeId: record.programmeId,
      programmeName: programme.name,
      myRole,
      partner,
      status: record.status,
      why: explainPairing(programme, names, record),
      approvedAt: record.approvedAt,
    });
  }
  return result;
}
