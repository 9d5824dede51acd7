import type { ParticipantRecord } from '../../../api/src/app/ports/participants';
import type {
  ApplicationInput,
  Daypart,
  ParticipantRole,
  RatedSkill,
  Weekday,
} from '../../../api/src/domain/application';
import type { Programme } from '../../../api/src/domain/programme';
import type { ApplicationView } from '../cards/application-facts';
import type { EditableSection } from '../cards/summary-card';
import type { BotLanguage } from '../i18n';

/** The answers given so far; kept in the conversation state between turns, so plain JSON. */
export interface SignUpDraft {
  programmeId?: string;
  role?: ParticipantRole;
  skills?: RatedSkill[];
  goals?: string;
  availability?: { days: Weekday[]; dayparts: Daypart[] };
  languages?: ('fr' | 'en')[];
  capacity?: number;
  charterAccepted?: boolean;
  dataUseAccepted?: boolean;
}

/** Signing up again starts from the existing application, consents included (they can be unticked). */
export function draftFromApplication(application: ParticipantRecord): SignUpDraft {
  return {
    programmeId: application.programmeId,
    role: application.role,
    skills: application.skills.map((skill) => ({ ...skill })),
    goals: application.goals,
    availability: {
      days: [...application.availability.days],
      dayparts: [...application.availability.dayparts],
    },
    languages: [...application.languages],
    capacity: application.capacity,
    charterAccepted: application.charterAcceptedAt !== null,
    dataUseAccepted: application.dataUseAcceptedAt !== null,
  };
}

export function toApplicationInput(draft: SignUpDraft): ApplicationInput {
  return {
    role: draft.role ?? 'mentee',
    skills: draft.skills ?? [],
    goals: draft.goals ?? '',
    availability: draft.availability ?? { days: [], dayparts: [] },
    languages: draft.languages ?? [],
    capacity: draft.role === 'mentor' ? (draft.capacity ?? 1) : 1,
    charterAccepted: draft.charterAccepted === true,
    dataUseAccepted: draft.dataUseAccepted === true,
  };
}

export function skillLabel(
  programme: Pick<Programme, 'skills'>,
  skillId: string,
  language: BotLanguage,
): string {
  return programme.skills.find((skill) => skill.id === skillId)?.label[language] ?? skillId;
}

export function applicationView(
  programme: Pick<Programme, 'name' | 'skills'>,
  application: ApplicationInput,
  language: BotLanguage,
): ApplicationView {
  return {
    programmeName: programme.name,
    role: application.role,
    skills: application.skills.map((skill) => ({
      label: skillLabel(programme, skill.skillId, language),
      level: skill.level,
    })),
    goals: application.goals,
    availability: application.availability,
    languages: application.languages.filter((l): l is 'fr' | 'en' => l === 'fr' || l === 'en'),
    capacity: application.capacity,
  };
}

/** The parts to go through again when one is edited: a new role changes what the skills and capacity mean. */
export function sectionsToRevisit(section: EditableSection): EditableSection[] {
  return section === 'role' ? ['role', 'skills', 'availability'] : [section];
}
