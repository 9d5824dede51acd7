import { describe, expect, it } from 'vitest';
import { buildInstance, scorePair } from './instance';
import { aMentee, aMentor, settingsWith } from './testing/builders';

const reasonsOf = (result: ReturnType<typeof scorePair>) => (result.allowed ? [] : result.reasons);

describe('same reporting line', () => {
  const chain = ['head-of-risk', 'cro', 'deputy-ceo', 'ceo'];

  it('forbids a mentor who is the mentee’s direct manager', () => {
    const mentee = aMentee()
      .withId('marc')
      .reportingTo(...chain)
      .build();
    const mentor = aMentor().withId('head-of-risk').build();
    expect(reasonsOf(scorePair(mentee, mentor, settingsWith()))).toEqual([
      { kind: 'reporting-line', manager: 'mentor', depth: 1 },
    ]);
  });

  it('forbids a mentor four levels up the mentee’s chain', () => {
    const mentee = aMentee()
      .reportingTo(...chain)
      .build();
    const mentor = aMentor().withId('ceo').build();
    expect(reasonsOf(scorePair(mentee, mentor, settingsWith()))).toEqual([
      { kind: 'reporting-line', manager: 'mentor', depth: 4 },
    ]);
  });

  it('forbids a mentee who manages the mentor, directly or four levels up', () => {
    const direct = aMentee().withId('team-lead').build();
    const top = aMentee().withId('coo').build();
    const mentor = aMentor().reportingTo('team-lead', 'manager', 'director', 'coo', 'ceo').build();
    expect(reasonsOf(scorePair(direct, mentor, settingsWith()))).toEqual([
      { kind: 'reporting-line', manager: 'mentee', depth: 1 },
    ]);
    expect(reasonsOf(scorePair(top, mentor, settingsWith()))).toEqual([
      { kind: 'reporting-line', manager: 'mentee', depth: 4 },
    ]);
  });

  it('allows people who only share a manager', () => {
    const mentee = aMentee().reportingTo('cro', 'ceo').build();
    const mentor = aMentor().reportingTo('cro', 'ceo').build();
    expect(scorePair(mentee, mentor, settingsWith()).allowed).toBe(true);
  });
});

describe('languages', () => {
  it('forbids a pair with no common language', () => {
    const mentee = aMentee().speaking('fr').build();
    const mentor = aMentor().speaking('en', 'de').build();
    expect(reasonsOf(scorePair(mentee, mentor, settingsWith()))).toEqual([
      { kind: 'no-common-language', menteeLanguages: ['fr'], mentorLanguages: ['en', 'de'] },
    ]);
  });

  it('matches languages whatever their region or case', () => {
    const mentee = aMentee().speaking('fr-FR', 'it').build();
    const mentor = aMentor().speaking('EN', 'FR').build();
    expect(scorePair(mentee, mentor, settingsWith()).allowed).toBe(true);
  });
});

describe('common working hours', () => {
  it('forbids a Singapore mentor for a New York mentee: no common hour', () => {
    const mentee = aMentee().inZone('America/New_York').build();
    const mentor = aMentor().inZone('Asia/Singapore').build();
    expect(reasonsOf(scorePair(mentee, mentor, settingsWith()))).toEqual([
      { kind: 'too-few-common-hours', hours: 0, minimum: 2 },
    ]);
  });

  it('forbids Paris and Singapore below the programme’s minimum, allows them above', () => {
    const paris = aMentee().inZone('Europe/Paris').build();
    const mondaysInSingapore = aMentor()
      .inZone('Asia/Singapore')
      .working({ days: ['monday'] })
      .build();
    // A winter week: Paris 08:00–16:00 UTC, Singapore 01:00–09:00 UTC, so 1 h on Mondays.
    const winter = settingsWith({ referenceWeek: '2026-01-12' });
    expect(reasonsOf(scorePair(paris, mondaysInSingapore, winter))).toEqual([
      { kind: 'too-few-common-hours', hours: 1, minimum: 2 },
    ]);
    // In summer Paris is an hour nearer: 2 h on Mondays.
    expect(scorePair(paris, mondaysInSingapore, settingsWith()).allowed).toBe(true);
    expect(scorePair(paris, mondaysInSingapore, { ...winter, minWeeklyOverlapHours: 1 }).allowed).toBe(true);
  });
});

describe('admin constraints', () => {
  const mentee = aMentee().withId('marc').build();
  const mentor = aMentor().withId('lea').build();
  const other = aMentor().withId('hugo').build();

  it('forbids a pair the admin keeps apart, and only that pair', () => {
    const settings = settingsWith({ neverTogether: [{ menteeId: 'marc', mentorId: 'lea' }] });
    const instance = buildInstance([mentee], [mentor, other], settings);
    expect(instance.evaluate(0, 0)).toMatchObject({ allowed: false, reasons: [{ kind: 'never-together' }] });
    expect(instance.score(0, 0)).toBeNull();
    expect(instance.score(0, 1)).not.toBeNull();
  });

  it('keeps a locked pair allowed even against hard constraints, and forbids the mentee’s other mentors', () => {
    const englishBoss = aMentor().withId('boss').speaking('en').build();
    const lockedMentee = aMentee().withId('marc').reportingTo('boss', 'ceo').speaking('fr').build();
    const settings = settingsWith({ locked: [{ menteeId: 'marc', mentorId: 'boss' }] });
    const instance = buildInstance([lockedMentee], [englishBoss, other], settings);
    const locked = instance.evaluate(0, 0);
    expect(locked).toMatchObject({ allowed: true, locked: true });
    expect(locked.allowed && locked.overridden.map((r) => r.kind)).toEqual([
      'no-common-language',
      'reporting-line',
    ]);
    expect(instance.score(0, 0)).not.toBeNull();
    expect(instance.evaluate(0, 1)).toMatchObject({
      allowed: false,
      reasons: [{ kind: 'locked-elsewhere', mentorId: 'boss' }],
    });
    expect(instance.score(0, 1)).toBeNull();
    expect(instance.locked).toEqual([['marc', 'boss']]);
  });

  it('does not constrain the locked mentor’s other mentees', () => {
    const second = aMentee().withId('anne').build();
    const settings = settingsWith({ locked: [{ menteeId: 'marc', mentorId: 'lea' }] });
    const instance = buildInstance([mentee, second], [mentor], settings);
    expect(instance.score(1, 0)).not.toBeNull();
  });

  it('refuses a mentee locked with two mentors', () => {
    const settings = settingsWith({
      locked: [
        { menteeId: 'marc', mentorId: 'lea' },
        { menteeId: 'marc', mentorId: 'hugo' },
      ],
    });
    expect(() => buildInstance([mentee], [mentor, other], settings)).toThrow(/locked with two mentors/);
  });

  it('forbids pairing a person with themselves', () => {
    const both = aMentor().withId('marc').build();
    expect(reasonsOf(scorePair(mentee, both, settingsWith()))).toEqual([{ kind: 'same-person' }]);
  });
});
