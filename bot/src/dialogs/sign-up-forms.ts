import type { TurnContext } from 'botbuilder';
import type { z } from 'zod';
import type { ApplicationDeps } from '../../../api/src/app/applications';
import { applicationInput } from '../../../api/src/contract/application';
import type { Programme } from '../../../api/src/domain/programme';
import { activityLocale } from '../activity-reading';
import { consentCard } from '../cards/consent-card';
import { splitList } from '../cards/form-inputs';
import { type OpenProgramme, type ProfileFacts, signUpStartCard } from '../cards/sign-up-start-card';
import {
  availabilityCard,
  goalsCard,
  roleCard,
  skillInputIds,
  skillsCard,
} from '../cards/sign-up-step-cards';
import { chooserCard, EDITABLE_SECTIONS, summaryCard } from '../cards/summary-card';
import { type BotLanguage, fill, languageOf, messagesFor } from '../i18n';
import type { CardForm, ReadResult } from './card-prompt';
import { applicationView, type SignUpDraft, skillLabel, toApplicationInput } from './sign-up-draft';

export interface SignUpFormDeps {
  applications: ApplicationDeps;
  tenantId: string;
  /** Where the privacy notice is served. */
  publicUrl: string;
}

export interface SignUpFormInput {
  draft: SignUpDraft;
  /** First card only: what Microsoft 365 knows and the programmes open to the person. */
  profile?: ProfileFacts;
  programmes?: OpenProgramme[];
  /** A line above the role question, e.g. that an earlier application was found. */
  notice?: string;
}

export type SignUpFormName =
  | 'programme'
  | 'role'
  | 'skills'
  | 'goals'
  | 'availability'
  | 'consent'
  | 'summary'
  | 'chooser';

const STEP: Record<SignUpFormName, number> = {
  programme: 1,
  role: 2,
  skills: 3,
  goals: 4,
  availability: 5,
  consent: 6,
  summary: 7,
  chooser: 7,
};
const TOTAL_STEPS = 7;

const fields = applicationInput.shape;

/** The contract's own messages are for developers; the person gets the catalogue's, by field. */
function reasons(issues: z.core.$ZodIssue[], reasonOf: (issue: z.core.$ZodIssue) => string): string[] {
  return [...new Set(issues.map(reasonOf))];
}

const ok = <T>(value: T): ReadResult<T> => ({ ok: true, value });
const refused = (errors: string[]): ReadResult => ({ ok: false, errors });

/** The cards of the sign-up, each read with the contract's schema for its fields (the tab's own rules). */
export function signUpForms(deps: SignUpFormDeps): Record<SignUpFormName, CardForm<SignUpFormInput>> {
  const speak = (context: TurnContext) => {
    const locale = activityLocale(context.activity);
    return { messages: messagesFor(locale), language: languageOf(locale) as BotLanguage };
  };
  const programmeOf = async (draft: SignUpDraft): Promise<Programme> => {
    const programme = draft.programmeId
      ? await deps.applications.programmes.get(deps.tenantId, draft.programmeId)
      : undefined;
    if (!programme) throw new Error(`programme ${draft.programmeId ?? '(none)'} is gone`);
    return programme;
  };
  const progress = (form: SignUpFormName) => ({ step: STEP[form], total: TOTAL_STEPS });
  const frame = (
    form: SignUpFormName,
    f: { cardId: string; values: Record<string, string>; errors: string[] },
  ) => ({
    ...f,
    progress: progress(form),
  });

  return {
    programme: {
      initial: async (_, input) => ({ programmeId: input.draft.programmeId ?? '' }),
      render: async (context, input, f) =>
        signUpStartCard(speak(context).messages.signUp, {
          ...frame('programme', f),
          profile: input.profile ?? {
            name: '',
            department: null,
            jobTitle: null,
            manager: null,
            office: null,
            language: null,
            timeZone: null,
          },
          programmes: input.programmes ?? [],
        }),
      read: async (context, input, { values }) =>
        (input.programmes ?? []).some((p) => p.id === values.programmeId)
          ? ok({ programmeId: values.programmeId })
          : refused([speak(context).messages.signUp.errors.chooseProgramme]),
    },

    role: {
      initial: async (_, input) => ({ role: input.draft.role ?? '' }),
      render: async (context, input, f) =>
        roleCard(speak(context).messages.signUp, {
          ...frame('role', f),
          ...(input.notice ? { notice: input.notice } : {}),
        }),
      read: async (context, _, { values }) => {
        const role = fields.role.safeParse(values.role);
        return role.success
          ? ok({ role: role.data })
          : refused([speak(context).messages.signUp.errors.chooseRole]);
      },
    },

    skills: {
      initial: async (_, input) =>
        Object.fromEntries(
          (input.draft.skills ?? []).flatMap((skill) => {
            const ids = skillInputIds(skill.skillId);
            return [
              [ids.chosen, 'true'],
              [ids.level, String(skill.level)],
            ];
          }),
        ),
      render: async (context, input, f) => {
        const { messages, language } = speak(context);
        const programme = await programmeOf(input.draft);
        return skillsCard(messages.signUp, {
          ...frame('skills', f),
          role: input.draft.role ?? 'mentee',
          skills: programme.skills.map((skill) => ({ id: skill.id, label: skill.label[language] })),
        });
      },
      read: async (context, input, { values }) => {
        const { messages, language } = speak(context);
        const errors = messages.signUp.errors;
        const programme = await programmeOf(input.draft);
        const chosen = programme.skills
          .filter((skill) => values[skillInputIds(skill.id).chosen] === 'true')
          .map((skill) => {
            const level = values[skillInputIds(skill.id).level];
            return { skillId: skill.id, level: level ? Number(level) : Number.NaN };
          });
        const skills = fields.skills.safeParse(chosen);
        if (skills.success) return ok({ skills: skills.data });
        return refused(
          reasons(skills.error.issues, (issue) => {
            if (issue.path.length === 0)
              return issue.code === 'too_big' ? errors.tooManySkills : errors.noSkill;
            const skillId = chosen[Number(issue.path[0])]?.skillId ?? '';
            return fill(errors.levelMissing, { skill: skillLabel(programme, skillId, language) });
          }),
        );
      },
    },

    goals: {
      initial: async (_, input) => ({ goals: input.draft.goals ?? '' }),
      render: async (context, _, f) => goalsCard(speak(context).messages.signUp, frame('goals', f)),
      read: async (context, _, { values }) => {
        const goals = fields.goals.safeParse(values.goals ?? '');
        return goals.success
          ? ok({ goals: goals.data })
          : refused([speak(context).messages.signUp.errors.goalsTooLong]);
      },
    },

    availability: {
      initial: async (_, { draft }) => ({
        days: (draft.availability?.days ?? []).join(','),
        dayparts: (draft.availability?.dayparts ?? []).join(','),
        languages: (draft.languages ?? []).join(','),
        capacity: String(draft.capacity ?? 1),
      }),
      render: async (context, input, f) => {
        const programme = await programmeOf(input.draft);
        return availabilityCard(speak(context).messages.signUp, {
          ...frame('availability', f),
          role: input.draft.role ?? 'mentee',
          maxCapacity: programme.mentorCapacity,
        });
      },
      read: async (context, input, { values }) => {
        const errors = speak(context).messages.signUp.errors;
        const problems: string[] = [];
        const availability = fields.availability.safeParse({
          days: splitList(values.days),
          dayparts: splitList(values.dayparts),
        });
        if (!availability.success) {
          problems.push(
            ...reasons(availability.error.issues, (issue) =>
              issue.path[0] === 'days' ? errors.noDay : errors.noDaypart,
            ),
          );
        }
        const languages = fields.languages.safeParse(splitList(values.languages));
        if (!languages.success) problems.push(errors.noLanguage);
        let capacity = 1;
        if (input.draft.role === 'mentor') {
          const programme = await programmeOf(input.draft);
          const parsed = fields.capacity.safeParse(Number(values.capacity));
          if (!parsed.success || parsed.data > programme.mentorCapacity) {
            problems.push(fill(errors.capacity, { max: programme.mentorCapacity }));
          } else {
            capacity = parsed.data;
          }
        }
        if (problems.length > 0 || !availability.success || !languages.success) return refused(problems);
        return ok({ availability: availability.data, languages: languages.data, capacity });
      },
    },

    consent: {
      initial: async (_, { draft }) => ({
        charterAccepted: draft.charterAccepted ? 'true' : 'false',
        dataUseAccepted: draft.dataUseAccepted ? 'true' : 'false',
      }),
      render: async (context, input, f) => {
        const { messages, language } = speak(context);
        const programme = await programmeOf(input.draft);
        return consentCard(messages.signUp, {
          ...frame('consent', f),
          charter:
            programme.charter?.[language] || programme.charter?.[language === 'fr' ? 'en' : 'fr'] || '',
          privacyUrl: `${deps.publicUrl}/privacy`,
        });
      },
      read: async (context, _, { values }) => {
        const errors = speak(context).messages.signUp.errors;
        const charter = fields.charterAccepted.safeParse(values.charterAccepted === 'true');
        const dataUse = fields.dataUseAccepted.safeParse(values.dataUseAccepted === 'true');
        if (charter.success && dataUse.success) return ok({ charterAccepted: true, dataUseAccepted: true });
        return refused([
          ...(charter.success ? [] : [errors.charter]),
          ...(dataUse.success ? [] : [errors.dataUse]),
        ]);
      },
    },

    summary: {
      initial: async () => ({}),
      render: async (context, input, f) => {
        const { messages, language } = speak(context);
        const programme = await programmeOf(input.draft);
        return summaryCard(messages, {
          ...frame('summary', f),
          application: applicationView(programme, toApplicationInput(input.draft), language),
        });
      },
      read: async (_, __, { act }) => (act === 'confirm' || act === 'edit' ? ok({ act }) : refused([])),
    },

    chooser: {
      initial: async () => ({}),
      render: async (context, _, f) =>
        chooserCard(speak(context).messages, { ...frame('chooser', f), values: f.values }),
      read: async (context, _, { act, values }) => {
        if (act === 'back') return ok({ section: null });
        const section = EDITABLE_SECTIONS.find((s) => s === values.section);
        return section ? ok({ section }) : refused([speak(context).messages.signUp.chooser.question]);
      },
    },
  };
}
