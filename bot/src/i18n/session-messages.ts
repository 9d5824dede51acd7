/** The session statuses “my sessions” shows: the ones still to come. */
export type UpcomingStatus = 'planned' | 'booked' | 'needs_slot' | 'failed';

/** Why the slot finder found no time (`ConflictError.reasons` of a reschedule). */
export type NoSlotReasonCode = 'no_common_working_hours' | 'calendars_full_in_window' | 'window_in_past';

/**
 * What the bot says about sessions: the list, moving one, cancelling one.
 * `{name}` placeholders are filled in by the dialogs and cards.
 */
export interface SessionMessages {
  title: string;
  /** No session at all yet. */
  none: string;
  /** Sessions there were, but none still to come. */
  noneAhead: string;
  /** `{number}`, `{of}`, `{theme}`. */
  heading: string;
  when: string;
  partner: string;
  status: string;
  notScheduled: string;
  statuses: Record<UpcomingStatus, string>;
  /** Why a session needs a new time (or was moved), by the problem code stored on it. */
  problems: {
    declined: string;
    reproposed: string;
    calendarUnreadable: string;
  };
  moreOne: string;
  /** `{count}`. */
  moreMany: string;
  inOutlook: string;
  buttons: { join: string; reschedule: string; cancel: string };
  reschedule: {
    /** Sessions exist, but none can be moved now. */
    nothingToMove: string;
    /** `{number}`, `{of}`, `{theme}`, `{partner}`, `{when}`. */
    moved: string;
    /** `{partner}`, `{why}`. */
    noSlot: string;
    reasons: Record<NoSlotReasonCode, string>;
    /** A reason the catalogue does not know. */
    otherReason: string;
  };
  cancel: {
    /** `{number}`, `{of}`. */
    title: string;
    /** `{theme}`, `{partner}`, `{when}`. */
    intro: string;
    messageLabel: string;
    placeholder: string;
    /** `{partner}`: an empty message, shown on the card and kept for Teams' own check. */
    messageRequired: string;
    messageTooLong: string;
    confirm: string;
    keep: string;
    /** `{number}`, `{of}`, `{partner}`. */
    done: string;
    kept: string;
    nothingToCancel: string;
  };
  errors: {
    /** `{number}`, `{of}`. */
    notOpen: string;
    notFound: string;
    calendarRefused: string;
  };
}
