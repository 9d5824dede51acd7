import type { Daypart, Weekday } from '../../../application';
import type { PairingCandidate, PairingSettings, WorkDay, WorkingHours } from '../types';
import { pairingSettings } from '../weights';

const OFFICE_WEEK: WorkDay[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
let sequence = 0;

/** Test-data builder for a pairing candidate: sensible defaults, one method per fact a test cares about. */
export class CandidateBuilder {
  private readonly person: PairingCandidate;

  constructor(role: 'mentor' | 'mentee') {
    sequence++;
    this.person = {
      id: `${role}-${sequence}`,
      name: `${role === 'mentor' ? 'Mentor' : 'Mentee'} ${sequence}`,
      department: null,
      office: null,
      site: null,
      hireDate: null,
      level: null,
      managerChain: [],
      languages: ['fr'],
      skills: [],
      availability: { days: [], dayparts: [] },
      workingHours: { days: OFFICE_WEEK, start: '09:00', end: '17:00', timeZone: 'Europe/Paris' },
      capacity: 1,
    };
  }

  withId(id: string): this {
    this.person.id = id;
    return this;
  }
  named(name: string): this {
    this.person.name = name;
    return this;
  }
  speaking(...languages: string[]): this {
    this.person.languages = languages;
    return this;
  }
  withSkill(skillId: string, level: number): this {
    this.person.skills = [...this.person.skills, { skillId, level }];
    return this;
  }
  inDepartment(department: string | null): this {
    this.person.department = department;
    return this;
  }
  inOffice(office: string | null): this {
    this.person.office = office;
    return this;
  }
  atSite(site: string | null): this {
    this.person.site = site;
    return this;
  }
  hiredOn(date: string | null): this {
    this.person.hireDate = date;
    return this;
  }
  atLevel(level: number | null): this {
    this.person.level = level;
    return this;
  }
  /** Managers from the direct one up to the chief executive. */
  reportingTo(...managerChain: string[]): this {
    this.person.managerChain = managerChain;
    return this;
  }
  working(hours: Partial<WorkingHours>): this {
    this.person.workingHours = { ...this.person.workingHours, ...hours };
    return this;
  }
  inZone(timeZone: string): this {
    return this.working({ timeZone });
  }
  from(start: string, end: string): this {
    return this.working({ start, end });
  }
  availableOn(days: Weekday[], dayparts: Daypart[]): this {
    this.person.availability = { days, dayparts };
    return this;
  }
  withCapacity(capacity: number): this {
    this.person.capacity = capacity;
    return this;
  }
  build(): PairingCandidate {
    return structuredClone(this.person);
  }
}

export const aMentor = (): CandidateBuilder => new CandidateBuilder('mentor');
export const aMentee = (): CandidateBuilder => new CandidateBuilder('mentee');

/** A June week: Paris, London and New York all on summer time. */
export const SUMMER_WEEK = '2026-06-15';
export const TODAY = new Date('2026-06-15T10:00:00Z');

/** Settings for tests: defaults, a fixed week and date, then the test's own changes. */
export function settingsWith(overrides: Partial<PairingSettings> = {}): PairingSettings {
  return pairingSettings({ now: TODAY, referenceWeek: SUMMER_WEEK, ...overrides });
}
