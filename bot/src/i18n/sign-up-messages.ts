import type { ApplicationStatus, Daypart, Weekday } from '../../../api/src/domain/application';

/**
 * What the bot says while signing someone up, showing their applications or withdrawing one.
 * `{name}` placeholders are filled in by the cards.
 */
export interface SignUpMessages {
  /** The activity carries no Entra object id: not a Teams chat of the organisation. */
  needsTeams: string;
  personalChatOnly: string;
  notInDirectory: string;
  noOpenProgramme: string;
  programmeClosed: string;
  cancelled: string;
  nothingToCancel: string;
  /** Typed text while a card waits for an answer. */
  useTheCard: string;
  /** A button of an earlier card while another card waits. */
  staleCard: string;
  /** A button of a card whose conversation is over. */
  expiredCard: string;
  stepOf: string;
  errorIntro: string;
  buttons: {
    next: string;
    cancel: string;
    confirm: string;
    edit: string;
    join: string;
    withdraw: string;
    backToSummary: string;
  };
  start: {
    title: string;
    fromMicrosoft365: string;
    facts: {
      name: string;
      department: string;
      jobTitle: string;
      manager: string;
      office: string;
      language: string;
      timeZone: string;
    };
    notSet: string;
    chooseProgramme: string;
    oneProgramme: string;
    alreadyApplied: string;
  };
  role: {
    title: string;
    question: string;
    mentor: string;
    mentee: string;
  };
  skills: {
    titleMentor: string;
    titleMentee: string;
    introMentor: string;
    introMentee: string;
    level: string;
    /** Titles of levels 1 to 5. */
    levels: [string, string, string, string, string];
  };
  goals: { title: string; question: string; placeholder: string };
  availability: {
    title: string;
    days: string;
    dayparts: string;
    languages: string;
    capacity: string;
    weekdays: Record<Weekday, string>;
    daypartNames: Record<Daypart, string>;
    languageNames: { fr: string; en: string };
  };
  consent: {
    title: string;
    charterHeading: string;
    acceptCharter: string;
    dataUseHeading: string;
    dataUse: string[];
    privacyLink: string;
    acceptDataUse: string;
  };
  summary: {
    title: string;
    intro: string;
    programme: string;
    role: string;
    skills: string;
    goals: string;
    availability: string;
    languages: string;
    capacity: string;
    charter: string;
    accepted: string;
    none: string;
  };
  chooser: {
    title: string;
    question: string;
    sections: { role: string; skills: string; goals: string; availability: string; consent: string };
  };
  saved: { created: string; updated: string; next: string };
  errors: {
    chooseProgramme: string;
    chooseRole: string;
    noSkill: string;
    tooManySkills: string;
    levelMissing: string;
    goalsTooLong: string;
    noDay: string;
    noDaypart: string;
    noLanguage: string;
    capacity: string;
    charter: string;
    dataUse: string;
    unknownSkill: string;
    duplicateSkill: string;
    notEligible: string;
    alreadyPaired: string;
    noApplication: string;
  };
  profile: {
    title: string;
    none: string;
    status: string;
    statuses: Record<ApplicationStatus, string>;
    reviewMessage: string;
  };
  withdraw: {
    title: string;
    question: string;
    yes: string;
    no: string;
    done: string;
    kept: string;
    none: string;
    which: string;
  };
}
