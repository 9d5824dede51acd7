import type {
  ApplicationInput,
  ApplicationStatus,
  Daypart,
  ParticipantRole,
  RatedSkill,
  Weekday,
} from '../../domain/application';

export interface ParticipantRecord {
  id: string;
  tenantId: string;
  programmeId: string;
  aadId: string;
  role: ParticipantRole;
  status: ApplicationStatus;
  skills: RatedSkill[];
  goals: string;
  availability: { days: Weekday[]; dayparts: Daypart[] };
  languages: ('fr' | 'en')[];
  capacity: number;
  charterAcceptedAt: Date | null;
  dataUseAcceptedAt: Date | null;
  source: 'bot' | 'tab';
  reviewMessage: string | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ParticipantWithPerson extends ParticipantRecord {
  person: {
    displayName: string;
    jobTitle: string | null;
    department: string | null;
    officeLocation: string | null;
    preferredLanguage: string | null;
    managerName: string | null;
  };
}

export interface ApplicationFilters {
  role?: ParticipantRole;
  status?: ApplicationStatus;
  department?: string;
  language?: 'fr' | 'en';
}

export interface ParticipantRepository {
  find(tenantId: string, programmeId: string, aadId: string): Promise<ParticipantRecord | undefined>;
  get(
    tenantId: string,
    programmeId: string,
    participantId: string,
  ): Promise<ParticipantWithPerson | undefined>;
  /** Creates or replaces the person's application to the programme (one per programme). */
  upsert(
    tenantId: string,
    programmeId: string,
    aadId: string,
    application: Omit<ApplicationInput, 'languages'> & {
      languages: ('fr' | 'en')[];
      status: ApplicationStatus;
      source: 'bot' | 'tab';
      acceptedAt: Date;
    },
  ): Promise<ParticipantRecord>;
  setStatus(
    tenantId: string,
    participantId: string,
    change: { status: ApplicationStatus; reviewMessage?: string | null; reviewedBy?: string; at: Date },
  ): Promise<ParticipantRecord>;
  list(tenantId: string, programmeId: string, filters: ApplicationFilters): Promise<ParticipantWithPerson[]>;
  listForPerson(tenantId: string, aadId: string): Promise<ParticipantRecord[]>;
}

export type NotificationOutcome = 'sent' | 'no_conversation' | 'failed';

/** Tells people what happened to them, in chat (the bot's proactive messages). */
export interface Notifier {
  applicationReviewed(
    tenantId: string,
    aadId: string,
    review: {
      programmeName: string;
      decision: 'approved' | 'declined' | 'waitlisted';
      message: string | null;
      role: ParticipantRole;
    },
  ): Promise<NotificationOutcome>;
}
