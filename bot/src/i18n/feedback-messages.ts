import type { SurveyKind } from '../../../api/src/app/ports/feedback';
import type { ContinueWithPartner, ObjectiveMet, TookPlace } from '../../../api/src/domain/feedback';

/**
 * What the bot says when it asks for feedback after a session, reads the answer, and lists the
 * sessions still waiting for one. `{name}` placeholders are filled in by the cards and handlers.
 */
export interface FeedbackMessages {
  card: {
    /** `{number}`, `{of}`, `{theme}`, `{partner}`. */
    title: string;
    /** `{programme}`, `{when}`. */
    subtitle: string;
    objective: string;
    /** The one reminder, 48 hours after the card. */
    reminder: string;
    /** The card sent again to someone who answered: `{until}`. */
    answered: string;
    tookPlace: string;
    tookPlaceChoices: Record<TookPlace, string>;
    /** Above the questions only a session that took place answers. */
    ifHeld: string;
    rating: string;
    /** From 1 to 5. */
    ratingChoices: [string, string, string, string, string];
    objectiveMet: string;
    objectiveChoices: Record<ObjectiveMet, string>;
    learned: string;
    shared: string;
    obstacles: string;
    wantsSupport: string;
    /** `{partner}`. */
    continueWithPartner: string;
    continueChoices: Record<ContinueWithPartner, string>;
    /** `{partner}`. */
    continueIsPrivate: string;
    private: string;
    submit: string;
  };
  errors: {
    tookPlace: string;
    rating: string;
    objectiveMet: string;
    continueWithPartner: string;
    /** `{field}`. */
    tooLong: string;
    other: string;
    notFound: string;
    /** `{number}`, `{of}`. */
    notStarted: string;
    cancelled: string;
    /** `{number}`, `{of}`, `{days}`. */
    closed: string;
  };
  /** `{number}`, `{of}`, `{partner}`, `{until}`. */
  saved: string;
  updated: string;
  supportNoted: string;
  done: {
    /** `{number}`, `{of}`, `{theme}`, `{partner}`. */
    title: string;
    tookPlace: string;
    rating: string;
    objectiveMet: string;
    learned: string;
    shared: string;
    obstacles: string;
    support: string;
    supportAsked: string;
    supportNotAsked: string;
    /** `{partner}`. */
    continueWithPartner: string;
    comments: string;
    commentsPrivate: string;
    commentsShared: string;
    /** `{until}`. */
    editableUntil: string;
    change: string;
  };
  pending: {
    none: string;
    title: string;
    /** `{count}`. */
    intro: string;
    /** `{number}`, `{of}`, `{theme}`, `{partner}`. */
    entry: string;
    give: string;
  };
}

/** The post-programme self-assessment and the pulse and closing surveys. */
export interface SurveyMessages {
  /** `{programme}`. */
  titles: Record<SurveyKind, string>;
  intros: Record<SurveyKind, string>;
  /** `{date}`. */
  openUntil: string;
  /** `{level}`. */
  atSignUp: string;
  notRatedAtSignUp: string;
  levelNow: string;
  satisfaction: string;
  /** From 1 to 5. */
  satisfactionChoices: [string, string, string, string, string];
  nps: string;
  npsLow: string;
  npsHigh: string;
  comment: string;
  private: string;
  submit: string;
  errors: {
    skills: string;
    satisfaction: string;
    nps: string;
    tooLong: string;
    other: string;
    notOpen: string;
    /** `{date}`. */
    closed: string;
  };
  /** `{programme}`, `{survey}`, `{until}`. */
  saved: string;
  updated: string;
  /** The survey's name inside a sentence. */
  names: Record<SurveyKind, string>;
  done: {
    /** `{programme}`. */
    title: string;
    satisfaction: string;
    nps: string;
    comment: string;
    commentPrivate: string;
    /** `{until}`. */
    editableUntil: string;
    change: string;
  };
  none: string;
}
