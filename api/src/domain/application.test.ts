import { describe, expect, it } from 'vitest';
import { type ApplicationInput, applicationProblems, mentorBalance, statusAfterEdit } from './application';

const programme = {
  status: 'recruiting' as const,
  mentorCapacity: 2,
  skills: [
    { id: 'generative-ai', label: { fr: 'IA générative', en: 'Generative AI' } },
    { id: 'data-literacy', label: { fr: 'Culture de la donnée', en: 'Data literacy' } },
  ],
  eligibility: { departments: [], offices: ['Paris'], employeeTypes: [] },
};
const parisian = { department: 'Risques', officeLocation: 'Paris', employeeType: 'Employee' };

function anInput(overrides: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    role: 'mentee',
    skills: [{ skillId: 'generative-ai', level: 2 }],
    goals: '',
    availability: { days: ['monday'], dayparts: ['morning'] },
    languages: ['fr'],
    capacity: 1,
    charterAccepted: true,
    dataUseAccepted: true,
    ...overrides,
  };
}

describe('application rules', () => {
  it('accepts a complete application from an eligible person', () => {
    expect(applicationProblems(programme, parisian, anInput())).toEqual([]);
  });

  it('reports every problem at once', () => {
    const problems = applicationProblems(
      { ...programme, status: 'draft' },
      { ...parisian, officeLocation: 'London' },
      anInput({
        role: 'mentor',
        capacity: 3,
        skills: [
          { skillId: 'knitting', level: 2 },
          { skillId: 'data-literacy', level: 4 },
          { skillId: 'data-literacy', level: 5 },
        ],
        charterAccepted: false,
        dataUseAccepted: false,
      }),
    );
    expect(problems.map((p) => p.code)).toEqual([
      'programme_not_recruiting',
      'not_eligible',
      'unknown_skill',
      'duplicate_skill',
      'capacity_out_of_range',
      'charter_not_accepted',
      'data_use_not_accepted',
    ]);
  });

  it('matches offices without regard to case and treats an empty list as everyone', () => {
    expect(applicationProblems(programme, { ...parisian, officeLocation: 'paris' }, anInput())).toEqual([]);
    expect(
      applicationProblems(
        { ...programme, eligibility: { departments: [], offices: [], employeeTypes: [] } },
        {
          department: null,
          officeLocation: null,
          employeeType: null,
        },
        anInput(),
      ),
    ).toEqual([]);
  });

  describe('status after an edit', () => {
    it('keeps a decision when the role stays', () => {
      expect(statusAfterEdit({ role: 'mentee', status: 'approved' }, 'mentee')).toBe('approved');
    });
    it('asks for a new review when the role changes or after a withdrawal', () => {
      expect(statusAfterEdit({ role: 'mentee', status: 'approved' }, 'mentor')).toBe('applied');
      expect(statusAfterEdit({ role: 'mentee', status: 'withdrawn' }, 'mentee')).toBe('applied');
      expect(statusAfterEdit(undefined, 'mentee')).toBe('applied');
    });
  });

  it('weighs the mentor:mentee balance by capacity', () => {
    expect(
      mentorBalance([
        { role: 'mentor', capacity: 2 },
        { role: 'mentor', capacity: 1 },
        { role: 'mentee', capacity: 1 },
        { role: 'mentee', capacity: 1 },
      ]),
    ).toEqual({ mentors: 2, mentees: 2, mentorSlots: 3, ratio: 1.5 });
    expect(mentorBalance([]).ratio).toBeNull();
  });
});
