import type { ApplicationProblem } from '../../../api/src/domain/application';
import type { Programme } from '../../../api/src/domain/programme';
import type { EditableSection } from '../cards/summary-card';
import { type BotLanguage, fill } from '../i18n';
import type { SignUpMessages } from '../i18n/sign-up-messages';
import { skillLabel } from './sign-up-draft';

export type RefusalReading =
  /** Nothing the person can fix: the programme is closed or not open to them. */
  | { kind: 'closed'; message: string }
  /** The parts to show again, and why. */
  | { kind: 'fix'; sections: EditableSection[]; errors: string[] };

/** What the domain's `ApplicationRefusedError.problems` mean for the person, in their language. */
export function readRefusal(
  problems: ApplicationProblem[],
  programme: Pick<Programme, 'name' | 'skills'>,
  messages: SignUpMessages,
  language: BotLanguage,
): RefusalReading {
  const closing = problems.find((p) => p.code === 'programme_not_recruiting' || p.code === 'not_eligible');
  if (closing) {
    const template = closing.code === 'not_eligible' ? messages.errors.notEligible : messages.programmeClosed;
    return { kind: 'closed', message: fill(template, { programme: programme.name }) };
  }
  const sections = new Set<EditableSection>();
  const errors = problems.map((problem): string => {
    const skill = 'skillId' in problem ? skillLabel(programme, problem.skillId, language) : '';
    switch (problem.code) {
      case 'unknown_skill':
        sections.add('skills');
        return fill(messages.errors.unknownSkill, { skill });
      case 'duplicate_skill':
        sections.add('skills');
        return fill(messages.errors.duplicateSkill, { skill });
      case 'no_skills':
        sections.add('skills');
        return messages.errors.noSkill;
      case 'capacity_out_of_range':
        sections.add('availability');
        return fill(messages.errors.capacity, { max: problem.max });
      case 'charter_not_accepted':
        sections.add('consent');
        return messages.errors.charter;
      default:
        sections.add('consent');
        return messages.errors.dataUse;
    }
  });
  return { kind: 'fix', sections: [...sections], errors: [...new Set(errors)] };
}
