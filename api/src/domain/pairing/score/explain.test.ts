import { describe, expect, it } from 'vitest';
import { DEFAULT_SKILLS } from '../../programme-defaults';
import { explain, explainUnmatched, skillLabelsFrom } from './explain';
import { buildInstance, scorePair } from './instance';
import { EN } from './messages.en';
import { FR } from './messages.fr';
import { aMentee, aMentor, settingsWith } from './testing/builders';

const names = { mentee: 'Marc', mentor: 'Léa' };
const skillLabel = skillLabelsFrom(DEFAULT_SKILLS);

describe('explanation of an allowed pair', () => {
  const marc = aMentee()
    .named('Marc')
    .withSkill('generative-ai', 1)
    .withSkill('data-literacy', 2)
    .withSkill('m365-collaboration', 2)
    .withSkill('fintech', 3)
    .inDepartment('Risques')
    .hiredOn('1999-01-04')
    .inZone('America/New_York')
    .working({ days: ['monday', 'tuesday'], start: '09:45', end: '17:00' })
    .build();
  const lea = aMentor()
    .named('Léa')
    .withSkill('generative-ai', 5)
    .withSkill('data-literacy', 4)
    .withSkill('m365-collaboration', 4)
    .withSkill('fintech', 2)
    .inDepartment('Data & IA')
    .hiredOn('2023-03-01')
    .build();
  // Paris 07:00–15:00 UTC in June, New York from 13:45 UTC on Mondays and Tuesdays: 2 × 1 h 15.
  const result = scorePair(
    marc,
    lea,
    settingsWith({ weights: { ...settingsWith().weights, availability: 0 } }),
  );

  it('names the people, the skills and the figures in English', () => {
    expect(explain(result, names, 'en', { skillLabel })).toBe(
      "Léa covers 3 of Marc's 4 learning goals (Generative AI, Data literacy, Microsoft 365 collaboration); " +
        'different departments (Data & IA / Risques); 2 h 30 common working hours a week; ' +
        'Léa joined 3 years ago, Marc 27 years ago (reverse mentoring)',
    );
  });

  it('says the same in French', () => {
    expect(explain(result, names, 'fr', { skillLabel })).toBe(
      "Léa couvre 3 des 4 objectifs d'apprentissage de Marc (IA générative, Culture de la donnée, " +
        'Collaboration Microsoft 365) ; services différents (Data & IA / Risques) ; ' +
        '2 h 30 de travail en commun par semaine ; ancienneté : Léa 3 ans, Marc 27 ans (mentorat inversé)',
    );
  });

  it('mentions a lock and what it overrides', () => {
    const boss = aMentor().withId('boss').speaking('en').build();
    const report = aMentee().reportingTo('manager', 'boss').build();
    const locked = scorePair(
      report,
      boss,
      settingsWith({ locked: [{ menteeId: report.id, mentorId: 'boss' }] }),
    );
    const text = explain(locked, names, 'en');
    expect(text).toMatch(/^locked by the programme admin; /);
    expect(text).toContain(
      "kept despite: no common language (Marc: French; Léa: English); same reporting line: Léa is Marc's manager's manager",
    );
    expect(explain(locked, names, 'fr')).toMatch(/^binôme verrouillé par le responsable du programme ; /);
  });
});

describe('explanation of a forbidden pair', () => {
  it('gives every reason, in both languages', () => {
    const marc = aMentee().withId('marc').speaking('fr').build();
    const lea = aMentor().speaking('en').reportingTo('x', 'marc').build();
    const result = scorePair(marc, lea, settingsWith());
    expect(explain(result, names, 'en')).toBe(
      "Pair not possible: no common language (Marc: French; Léa: English); same reporting line: Marc is Léa's manager's manager",
    );
    expect(explain(result, names, 'fr')).toBe(
      'Binôme impossible : aucune langue commune (Marc : français ; Léa : anglais) ; ' +
        'même ligne hiérarchique : Marc est le manager du manager de Léa',
    );
  });

  it('gives the hours found and the minimum', () => {
    const paris = aMentee().inZone('Europe/Paris').build();
    const singapore = aMentor()
      .inZone('Asia/Singapore')
      .working({ days: ['monday'] })
      .build();
    const result = scorePair(paris, singapore, settingsWith({ referenceWeek: '2026-01-12' }));
    expect(explain(result, names, 'en')).toBe(
      'Pair not possible: only 1 h of common working hours a week (minimum 2 h)',
    );
    expect(explain(result, names, 'fr')).toBe(
      'Binôme impossible : seulement 1 h de travail en commun par semaine (minimum 2 h)',
    );
  });

  it('speaks of the admin’s choice and of deep reporting lines', () => {
    const marc = aMentee().withId('marc').build();
    const anne = aMentor().reportingTo('a', 'b', 'c', 'marc').build();
    const apart = scorePair(
      marc,
      aMentor().withId('lea').build(),
      settingsWith({
        neverTogether: [{ menteeId: 'marc', mentorId: 'lea' }],
      }),
    );
    expect(explain(apart, names, 'en')).toBe('Pair not possible: admin: never together');
    expect(explain(scorePair(marc, anne, settingsWith()), { mentee: 'Marc', mentor: 'Anne' }, 'fr')).toBe(
      "Binôme impossible : même ligne hiérarchique : Marc est 4 niveaux au-dessus d'Anne",
    );
  });
});

describe('explanation of an unpaired person', () => {
  it('counts why no mentor is eligible', () => {
    const marc = aMentee().speaking('fr').reportingTo('boss').build();
    const mentors = [
      aMentor().speaking('en').build(),
      aMentor().speaking('de').build(),
      aMentor().withId('boss').build(),
      aMentor().inZone('America/Los_Angeles').build(),
    ];
    const reason = buildInstance([marc], mentors, settingsWith()).unmatchedMentee(0);
    expect(reason).toEqual({
      kind: 'no-eligible-partner',
      role: 'mentee',
      candidates: 4,
      byKind: { 'no-common-language': 2, 'reporting-line': 1, 'too-few-common-hours': 1 },
    });
    expect(explainUnmatched(reason, 'Marc', 'en')).toBe(
      'No eligible mentor for Marc among 4: 2 mentors share no language, 1 mentor in the same reporting line, ' +
        '1 mentor with too few common working hours',
    );
    expect(explainUnmatched(reason, 'Marc', 'fr')).toBe(
      'Aucun mentor possible pour Marc parmi 4 : 2 mentors sans langue commune, 1 mentor dans la même ligne ' +
        "hiérarchique, 1 mentor avec trop peu d'heures de travail en commun",
    );
  });

  it('tells a full mentor pool from an impossible one', () => {
    const instance = buildInstance(
      [aMentee().build()],
      [aMentor().build(), aMentor().build()],
      settingsWith(),
    );
    const reason = instance.unmatchedMentee(0);
    expect(reason).toEqual({ kind: 'capacity-exhausted', eligible: 2 });
    expect(explainUnmatched(reason, 'Marc', 'en')).toBe(
      "Marc's 2 eligible mentors are all full with better-suited pairs (capacity exhausted)",
    );
    expect(explainUnmatched(instance.unmatchedMentor(0), 'Léa', 'fr')).toBe(
      "L'unique mentoré·e possible de Léa est mieux assorti·e avec un autre mentor",
    );
    expect(
      explainUnmatched(
        buildInstance([], [aMentor().build()], settingsWith()).unmatchedMentor(0),
        'Léa',
        'en',
      ),
    ).toBe('No mentee has applied yet, so Léa cannot be paired');
  });
});

describe('message catalogues', () => {
  it('have the same keys in French and English', () => {
    expect(Object.keys(FR).sort()).toEqual(Object.keys(EN).sort());
  });

  it('format hours the same way in both languages', () => {
    expect([0.75, 1, 2.5, 12.25].map((h) => FR.hours(h))).toEqual(['45 min', '1 h', '2 h 30', '12 h 15']);
    expect(EN.hours(2.5)).toBe('2 h 30');
  });
});
