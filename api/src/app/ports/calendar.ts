import type { DirectoryWorkingHours } from './directory';

/** Someone whose free/busy is asked: the directory id keys the answer, the address is what Outlook resolves. */
export interface CalendarPerson {
  aadId: string;
  email: string;
}

/** Free/busy statuses that take time; free items are left out. */
export type ScheduleStatus = 'busy' | 'tentative' | 'oof' | 'workingElsewhere' | 'unknown';

/** One item of a person's schedule, between two UTC instants. */
export interface ScheduleItem {
  start: Date;
  end: Date;
  status: ScheduleStatus;
}

export interface Schedule {
  /** In start order. */
  items: ScheduleItem[];
  /** As Outlook reports them with the schedule, when it does. */
  workingHours?: DirectoryWorkingHours;
}

/** Why a person's schedule could not be read (unknown address, throttled beyond the retries…). */
export interface ScheduleError {
  error: { code: string; message: string; retryable: boolean };
}

export type ScheduleResult = Schedule | ScheduleError;

export const isScheduleError = (result: ScheduleResult): result is ScheduleError => 'error' in result;

export interface EventAttendee {
  email: string;
  name: string;
}

export interface NewEvent {
  /** The organizer's directory id: the event goes into their calendar. */
  organizer: string;
  /** Makes the creation idempotent: the same id for the same organizer gives back the first event. */
  transactionId: string;
  subject: string;
  bodyHtml: string;
  start: Date;
  end: Date;
  attendees: EventAttendee[];
  categories: string[];
  reminderMinutes: number;
}

export type CreateEventResult =
  | { ok: true; eventId: string; iCalUId: string; joinUrl: string }
  | {
      ok: false;
      code: string;
      message: string;
      retryable: boolean;
      /** Set when the event exists but is unusable (e.g. created without a Teams link). */
      eventId?: string;
    };

export interface EventChange {
  start: Date;
  end: Date;
  subject?: string;
  bodyHtml?: string;
}

export type AttendeeResponseStatus =
  | 'none'
  | 'organizer'
  | 'tentativelyAccepted'
  | 'accepted'
  | 'declined'
  | 'notResponded';

export interface AttendeeResponse {
  email: string;
  response: AttendeeResponseStatus;
}

/** A calendar call the service refused; `retryable` when trying again later may succeed. */
export class CalendarError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'CalendarError';
  }
}

/** What scheduling needs from Outlook calendars (Microsoft Graph or the demo tenant). */
export interface Calendar {
  /** Free/busy of each person over the window, keyed by `aadId`; a person's failure is kept as data. */
  getSchedules(
    people: readonly CalendarPerson[],
    window: { start: Date; end: Date },
  ): Promise<Map<string, ScheduleResult>>;
  /** Teams meetings, one result per request in the same order. */
  createEvents(requests: readonly NewEvent[]): Promise<CreateEventResult[]>;
  updateEvent(organizer: string, eventId: string, change: EventChange): Promise<void>;
  /** Cancels the organizer's event and sends the comment to the attendees. */
  cancelEvent(organizer: string, eventId: string, comment: string): Promise<void>;
  attendeeResponses(organizer: string, eventId: string): Promise<AttendeeResponse[]>;
  /** The attendees' answers of many events at once (batched), one entry per event in the same order. */
  readResponses(
    events: readonly { organizer: string; eventId: string }[],
  ): Promise<(AttendeeResponse[] | CalendarError)[]>;
}
