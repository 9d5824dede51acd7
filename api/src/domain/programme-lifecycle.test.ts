import { describe, expect, it } from 'vitest';
import { type LifecycleFacts, transitionRefusals } from './programme-lifecycle';

const ready: LifecycleFacts = {
  status: 'draft',
  objectives: 2,
  charterComplete: true,
  skills: 8,
  admins: 1,
  hasDates: true,
  approvedMentors: 0,
  approvedMentees: 0,
  activePairs: 0,
  bookedSessionsAhead: 0,
};

describe('programme lifecycle', () => {
  describe('opening recruiting', () => {
    it('is allowed for a complete draft', () => {
      expect(transitionRefusals(ready, 'recruiting')).toEqual([]);
    });
    it('lists everything missing at once', () => {
      const bare = { ...ready, objectives: 0, charterComplete: false, skills: 0, admins: 0, hasDates: false };
      expect(transitionRefusals(bare, 'recruiting')).toEqual([
        'needs_objectives',
        'needs_charter',
        'needs_skills',
        'needs_admin',
        'needs_dates',
      ]);
    });
  });

  it('refuses skipping steps', () => {
    expect(transitionRefusals(ready, 'running')).toEqual(['not_allowed_from_status']);
    expect(transitionRefusals({ ...ready, status: 'closed' }, 'draft')).toEqual(['not_allowed_from_status']);
  });

  it('needs approved mentors and mentees before matching', () => {
    const recruiting = { ...ready, status: 'recruiting' as const };
    expect(transitionRefusals({ ...recruiting, approvedMentors: 3 }, 'matching')).toEqual([
      'needs_approved_participants',
    ]);
    expect(transitionRefusals({ ...recruiting, approvedMentors: 3, approvedMentees: 2 }, 'matching')).toEqual(
      [],
    );
  });

  it('needs active pairs to run', () => {
    expect(transitionRefusals({ ...ready, status: 'matching' }, 'running')).toEqual(['needs_active_pairs']);
    expect(transitionRefusals({ ...ready, status: 'matching', activePairs: 1 }, 'running')).toEqual([]);
  });

  it('cannot close with sessions still booked', () => {
    const closing = { ...ready, status: 'closing' as const };
    expect(transitionRefusals({ ...closing, bookedSessionsAhead: 2 }, 'closed')).toEqual([
      'sessions_still_booked',
    ]);
    expect(transitionRefusals(closing, 'closed')).toEqual([]);
  });
});
