import type { SkillDefinition } from '../../programme-defaults';
import type { Names, PairingMessages } from './messages';
import { EN } from './messages.en';
import { FR } from './messages.fr';
import type { CriterionResult, ForbiddenReason, Locale, PairResult, UnmatchedReason } from './types';
import { dominantKinds } from './unmatched';

export const PAIRING_MESSAGES: Readonly<Record<Locale, PairingMessages>> = { fr: FR, en: EN };

export type SkillLabel = (skillId: string, locale: Locale) => string;

export interface ExplainOptions {
  /** Skill names for the catalogue's language; the skill id when missing. */
  skillLabel?: SkillLabel;
}

/** Labels from a programme's skills catalogue. */
export function skillLabelsFrom(skills: readonly SkillDefinition[]): SkillLabel {
  const byId = new Map(skills.map((s) => [s.id, s.label]));
  return (id, locale) => byId.get(id)?.[locale] ?? id;
}

/** Explanation order: what the pair learns first, then practicalities, then the spirit of the programme. */
const ORDER: CriterionResult['id'][] = [
  'skills',
  'crossDepartment',
  'workingHours',
  'availability',
  'reverse',
  'admin',
];

/** One criterion in plain words. */
export function explainCriterion(
  c: CriterionResult,
  names: Names,
  locale: Locale,
  options: ExplainOptions = {},
): string {
  const t = PAIRING_MESSAGES[locale];
  switch (c.id) {
    case 'skills': {
      if (c.wanted === 0) return t.skillsNoGoals(names);
      if (c.covered.length === 0) return t.skillsNone({ ...names, wanted: c.wanted });
      const label = options.skillLabel ?? ((id: string) => id);
      const skills = t.list(c.covered.map((id) => label(id, locale)));
      return t.skillsCovered({ ...names, covered: c.covered.length, wanted: c.wanted, skills });
    }
    case 'crossDepartment':
      if (c.menteeDepartment === null || c.mentorDepartment === null) return t.departmentUnknown();
      return c.value > 0
        ? t.crossDepartment({ menteeDepartment: c.menteeDepartment, mentorDepartment: c.mentorDepartment })
        : t.sameDepartment({ department: c.mentorDepartment });
    case 'workingHours':
      return t.workingHours({ hours: t.hours(c.hours) });
    case 'availability':
      return c.hours > 0 ? t.availability({ hours: t.hours(c.hours) }) : t.availabilityNone();
    case 'reverse': {
      const direction = c.value > 0.05 ? 1 : c.value < -0.05 ? -1 : 0;
      if (c.mentorYears !== null && c.menteeYears !== null) {
        const text = t.reverseTenure({
          ...names,
          mentorYears: t.years(c.mentorYears),
          menteeYears: t.years(c.menteeYears),
        });
        return text + t.reverseDirection(direction);
      }
      if (c.mentorLevel !== null && c.menteeLevel !== null) {
        return (
          t.reverseLevel({ ...names, mentorLevel: c.mentorLevel, menteeLevel: c.menteeLevel }) +
          t.reverseDirection(direction)
        );
      }
      return t.reverseUnknown();
    }
    case 'admin':
      return t.admin(c);
  }
}

/** One reason a pair is forbidden, in plain words. */
export function explainForbiddenReason(reason: ForbiddenReason, names: Names, locale: Locale): string {
  const t = PAIRING_MESSAGES[locale];
  switch (reason.kind) {
    case 'same-person':
      return t.samePerson();
    case 'locked-elsewhere':
      return t.lockedElsewhere(names);
    case 'never-together':
      return t.neverTogether();
    case 'no-common-language': {
      const langs = (codes: string[]) => t.list(codes.map((c) => t.language(c))) || '—';
      return t.noCommonLanguage({
        ...names,
        menteeLanguages: langs(reason.menteeLanguages),
        mentorLanguages: langs(reason.mentorLanguages),
      });
    }
    case 'reporting-line': {
      const [boss, report] =
        reason.manager === 'mentor' ? [names.mentor, names.mentee] : [names.mentee, names.mentor];
      return t.reportingLine({ boss, report, depth: reason.depth });
    }
    case 'too-few-common-hours':
      return t.tooFewHours({ hours: t.hours(reason.hours), minimum: t.hours(reason.minimum) });
  }
}

/** The whole pair in one sentence: its criteria when allowed (weighted ones only), its reasons when not. */
export function explain(
  result: PairResult,
  names: Names,
  locale: Locale,
  options: ExplainOptions = {},
): string {
  const t = PAIRING_MESSAGES[locale];
  if (!result.allowed) {
    return t.forbidden({
      reasons: result.reasons.map((r) => explainForbiddenReason(r, names, locale)).join(t.separator),
    });
  }
  const parts: string[] = [];
  if (result.locked) parts.push(t.locked());
  const criteria = result.criteria
    .filter((c) => c.weight !== 0)
    .sort((a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id));
  for (const c of criteria) parts.push(explainCriterion(c, names, locale, options));
  if (result.overridden.length > 0) {
    const reasons = result.overridden.map((r) => explainForbiddenReason(r, names, locale)).join(t.separator);
    parts.push(t.lockOverrides({ reasons }));
  }
  return parts.join(t.separator);
}

/** Why a person is left without a partner, in plain words; `name` is theirs. */
export function explainUnmatched(reason: UnmatchedReason, name: string, locale: Locale): string {
  const t = PAIRING_MESSAGES[locale];
  switch (reason.kind) {
    case 'no-candidates':
      return t.noCandidates({ name, role: reason.role });
    case 'capacity-exhausted':
      return t.capacityExhausted({ name, eligible: reason.eligible });
    case 'others-preferred':
      return t.othersPreferred({ name, eligible: reason.eligible });
    case 'no-eligible-partner': {
      const counts = dominantKinds(reason.byKind)
        .map((kind) => t.countOf({ kind, count: reason.byKind[kind]!, role: reason.role }))
        .join(', ');
      return t.noEligible({ name, role: reason.role, candidates: reason.candidates, counts });
    }
  }
}
