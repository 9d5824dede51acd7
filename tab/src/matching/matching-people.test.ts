import { describe, expect, it } from 'vitest';
import type { ApplicationDto } from '../../../api/src/contract';
import type { MatchingDto, PairingDto } from './matching-api';
import { changedProposals, mentorChoices, mentorsUsed, nameIndex } from './matching-people';

function aPairing(mentee: string, mentor: string, status: PairingDto['status'] = 'proposed'): PairingDto {
  return {
    id: `${mentee}-${mentor}`,
    programmeId: 'p',
    mentee: { aadId: mentee, displayName: mentee.toUpperCase() },
    mentor: { aadId: mentor, displayName: mentor.toUpperCase() },
    status,
    score: 10,
    locked: false,
    explanation: { fr: '', en: '' },
    proposedAt: '2027-01-01T00:00:00.000Z',
    approvedAt: null,
    endedAt: null,
    endReason: null,
  };
}

function aView(overrides: Partial<MatchingDto> = {}): MatchingDto {
  return {
    proposals: [],
    active: [],
    unmatched: [],
    rules: [],
    figures: { mentees: 2, mentors: 3, paired: 2, total: 20, optimal: true, rounds: 1, ms: 3 },
    ranAt: '2027-01-01T00:00:00.000Z',
    ...overrides,
  };
}

function aMentor(aadId: string, status: ApplicationDto['status'] = 'approved'): ApplicationDto {
  return {
    role: 'mentor',
    status,
    person: { aadId, displayName: `Mentor ${aadId}`, jobTitle: null, department: null },
  } as ApplicationDto;
}

describe('mentorChoices', () => {
  const applications = [aMentor('m1'), aMentor('m2', 'paired'), aMentor('m3'), aMentor('m4', 'declined')];

  it('offers the approved and paired mentors but the current one, least loaded first', () => {
    const view = aView({
      proposals: [aPairing('a', 'm1'), aPairing('b', 'm2')],
      active: [aPairing('c', 'm2')],
    });
    const choices = mentorChoices({ view, applications, menteeAadId: 'a', currentMentorAadId: 'm1' });
    expect(choices.map((c) => [c.aadId, c.load])).toEqual([
      ['m3', 0],
      ['m2', 2],
    ]);
  });

  it('leaves out a mentor the admin said never to pair with this mentee', () => {
    const view = aView({ rules: [{ kind: 'never', menteeAadId: 'a', mentorAadId: 'm3' }] });
    const choices = mentorChoices({ view, applications, menteeAadId: 'a', currentMentorAadId: null });
    expect(choices.map((c) => c.aadId)).toEqual(['m1', 'm2']);
  });
});

describe('changedProposals', () => {
  it('marks the mentees whose mentor changed since the previous result', () => {
    const before = aView({ proposals: [aPairing('a', 'm1'), aPairing('b', 'm2')] });
    const after = aView({ proposals: [aPairing('a', 'm1'), aPairing('b', 'm3')] });
    expect([...changedProposals(before, after)]).toEqual(['b-m3']);
  });

  it('marks nothing after the first run', () => {
    const after = aView({ proposals: [aPairing('a', 'm1')] });
    expect(changedProposals(aView({ figures: null }), after).size).toBe(0);
    expect(changedProposals(undefined, after).size).toBe(0);
  });
});

describe('names and figures', () => {
  it('names people from pairs, unmatched people and applications', () => {
    const view = aView({
      proposals: [aPairing('a', 'm1')],
      unmatched: [
        {
          aadId: 'z',
          displayName: 'Zoé',
          role: 'mentee',
          reason: 'no-candidates',
          explanation: { fr: '', en: '' },
        },
      ],
    });
    const names = nameIndex(view, [aMentor('m9')]);
    expect([names.get('a'), names.get('z'), names.get('m9')]).toEqual(['A', 'Zoé', 'Mentor m9']);
  });

  it('counts each mentor once', () => {
    expect(mentorsUsed(aView({ proposals: [aPairing('a', 'm1'), aPairing('b', 'm1')] }))).toBe(1);
  });
});
