import { GraphError } from '../graph-error';
import { CalendarService, normalizeLocation } from './calendar-service';
import type { CalendarPerson } from './directory-port';
import { type EventPatch, readBody, responseInput } from './event-input';
import { NO_RESPONSE_TIME, newChangeKey, type StoredEventData, teamsJoinUrl } from './event-shape';
import type { StoredEvent } from './event-store';

const dataOf = (row: StoredEvent) => row.data as unknown as StoredEventData;
const asRecord = (data: StoredEventData) => data as unknown as Record<string, unknown>;
/** Outlook prefixes the subject of a meeting the organizer cancelled, in the attendees' calendars. */
const cancelled = (subject: string) => (subject.startsWith('Canceled: ') ? subject : `Canceled: ${subject}`);

/** The meeting properties an organizer's update carries to every attendee's copy. */
const SHARED = [
  'subject',
  'body',
  'location',
  'locations',
  'importance',
  'sensitivity',
  'isAllDay',
  'isOnlineMeeting',
  'onlineMeetingProvider',
  'onlineMeeting',
  'attendees',
  'allowNewTimeProposals',
  'responseRequested',
] as const;

export async function updateEvent(
  service: CalendarService,
  tenantId: string,
  person: CalendarPerson,
  id: string,
  patch: EventPatch,
  now: Date,
): Promise<StoredEvent> {
  const row = await service.findStored(person, id);
  const data: StoredEventData = { ...dataOf(row), changeKey: newChangeKey() };
  let { startsAt, endsAt } = row;
  if (patch.start || patch.end) {
    const times = service.times(patch.start ?? { ...data.start }, patch.end ?? { ...data.end });
    if (patch.start) data.originalStartTimeZone = patch.start.timeZone ?? 'UTC';
    if (patch.end) data.originalEndTimeZone = patch.end.timeZone ?? 'UTC';
    ({ startsAt, endsAt } = times);
    data.start = { dateTime: startsAt.toISOString(), timeZone: 'UTC' };
    data.end = { dateTime: endsAt.toISOString(), timeZone: 'UTC' };
  }
  const timeChanged =
    startsAt.getTime() !== row.startsAt.getTime() || endsAt.getTime() !== row.endsAt.getTime();
  if (patch.subject != null) data.subject = patch.subject;
  if (patch.body)
    data.body = {
      contentType: patch.body.contentType ?? data.body.contentType,
      content: patch.body.content ?? '',
    };
  if (patch.location !== undefined) data.location = normalizeLocation(patch.location);
  if (patch.locations) data.locations = patch.locations.map(normalizeLocation);
  for (const key of [
    'categories',
    'showAs',
    'importance',
    'sensitivity',
    'isAllDay',
    'isReminderOn',
  ] as const) {
    if (patch[key] != null) (data as unknown as Record<string, unknown>)[key] = patch[key];
  }
  if (patch.reminderMinutesBeforeStart != null)
    data.reminderMinutesBeforeStart = patch.reminderMinutesBeforeStart;
  if (patch.responseRequested != null) data.responseRequested = patch.responseRequested;
  if (patch.allowNewTimeProposals != null) data.allowNewTimeProposals = patch.allowNewTimeProposals;
  if (patch.isOnlineMeeting != null) {
    data.isOnlineMeeting = patch.isOnlineMeeting;
    data.onlineMeetingProvider = patch.isOnlineMeeting
      ? (patch.onlineMeetingProvider ?? 'teamsForBusiness')
      : 'unknown';
    if (patch.isOnlineMeeting && data.onlineMeetingProvider === 'teamsForBusiness' && !data.onlineMeeting) {
      data.onlineMeeting = { joinUrl: teamsJoinUrl(tenantId, row.organizerId) };
    }
    if (!patch.isOnlineMeeting) data.onlineMeeting = null;
  }
  const previous = dataOf(row).attendees;
  if (patch.attendees) {
    data.attendees = patch.attendees.map((a) => {
      const known = previous.find(
        (p) => p.emailAddress.address.toLowerCase() === a.emailAddress.address.toLowerCase(),
      );
      return {
        type: a.type ?? 'required',
        status: known?.status ?? { response: 'none', time: NO_RESPONSE_TIME },
        emailAddress: {
          name: a.emailAddress.name ?? a.emailAddress.address,
          address: a.emailAddress.address,
        },
      };
    });
  }
  // A new time asks everyone again, as Outlook does.
  if (timeChanged && row.isOrganizer) {
    data.attendees = data.attendees.map((a) => ({
      ...a,
      status: { response: 'none', time: NO_RESPONSE_TIME },
    }));
  }
  const updated = await service.store.update(row.id, { data: asRecord(data), startsAt, endsAt }, now);
  if (row.isOrganizer) await propagate(service, row, data, { startsAt, endsAt, timeChanged }, now);
  return updated!;
}

/** Carries an organizer's update to the copies, adds copies for new attendees, cancels removed ones. */
async function propagate(
  service: CalendarService,
  row: StoredEvent,
  data: StoredEventData,
  change: { startsAt: Date; endsAt: Date; timeChanged: boolean },
  now: Date,
): Promise<void> {
  const copies = (await service.store.meeting(row.iCalUId)).filter((r) => !r.isOrganizer && !r.isCancelled);
  const kept = new Set<string>();
  for (const copy of copies) {
    const attendee = await service.findPerson(copy.mailboxId);
    const stillInvited =
      attendee && data.attendees.some((a) => CalendarService.isAddressOf(attendee, a.emailAddress.address));
    const copyData = dataOf(copy);
    if (!stillInvited) {
      await service.store.update(
        copy.id,
        { isCancelled: true, data: asRecord({ ...copyData, subject: cancelled(copyData.subject) }) },
        now,
      );
      continue;
    }
    kept.add(copy.mailboxId);
    const next: StoredEventData = {
      ...copyData,
      changeKey: newChangeKey(),
      start: data.start,
      end: data.end,
    };
    for (const key of SHARED) (next as unknown as Record<string, unknown>)[key] = data[key];
    if (change.timeChanged) {
      next.responseStatus = { response: 'notResponded', time: NO_RESPONSE_TIME };
      next.showAs = data.showAs;
    }
    await service.store.update(
      copy.id,
      { data: asRecord(next), startsAt: change.startsAt, endsAt: change.endsAt },
      now,
    );
  }
  const added = data.attendees.filter((a) => a.type !== 'resource');
  const fresh = await service.attendeeCopies(
    { ...row, startsAt: change.startsAt, endsAt: change.endsAt },
    data,
    added,
    now,
  );
  await service.store.insert(fresh.filter((copy) => !kept.has(copy.mailboxId)));
}

/** Deleting the organizer's event cancels the meeting for attendees; deleting a copy removes only it. */
export async function deleteEvent(service: CalendarService, person: CalendarPerson, id: string, now: Date) {
  const row = await service.findStored(person, id);
  await service.store.remove(row.id);
  if (row.isOrganizer) await cancelCopies(service, row, undefined, now);
}

export async function cancelEvent(
  service: CalendarService,
  person: CalendarPerson,
  id: string,
  comment: string | undefined,
  now: Date,
) {
  const row = await service.findStored(person, id);
  if (!row.isOrganizer) {
    throw new GraphError(
      400,
      'ErrorAccessDenied',
      "Your request can't be completed. You need to be an organizer to cancel a meeting.",
    );
  }
  await service.store.remove(row.id);
  await cancelCopies(service, row, comment, now);
}

async function cancelCopies(
  service: CalendarService,
  row: StoredEvent,
  comment: string | undefined,
  now: Date,
) {
  for (const copy of await service.store.meeting(row.iCalUId)) {
    if (copy.isOrganizer || copy.isCancelled) continue;
    const data = dataOf(copy);
    const body = comment ? { contentType: 'text' as const, content: comment } : data.body;
    const next = { ...data, subject: cancelled(data.subject), body, changeKey: newChangeKey() };
    await service.store.update(copy.id, { isCancelled: true, data: asRecord(next) }, now);
  }
}

const RESPONSES = {
  accept: 'accepted',
  tentativelyAccept: 'tentativelyAccepted',
  decline: 'declined',
} as const;
export type ResponseAction = keyof typeof RESPONSES;
export const RESPONSE_ACTIONS = Object.keys(RESPONSES) as ResponseAction[];

export const isResponseAction = (value: string): value is ResponseAction => Object.hasOwn(RESPONSES, value);

/**
 * `POST /users/{user}/events/{id}/{accept|tentativelyAccept|decline}` with its body
 * (`comment`, `sendResponse`): what the Graph route and the demo calendar viewer both run.
 * Microsoft 365 mails the comment to the organizer; the demo tenant sends no mail, so it is validated and dropped.
 */
export async function answerMeeting(
  service: CalendarService,
  request: { user: string; id: string; action: ResponseAction; body: unknown; now: Date },
): Promise<void> {
  const person = await service.person(request.user);
  const { sendResponse } = readBody(responseInput, request.body);
  await respondToEvent(service, person, request.id, request.action, sendResponse !== false, request.now);
}

/** An attendee answers; with sendResponse (the default) the organizer's event records it. */
export async function respondToEvent(
  service: CalendarService,
  person: CalendarPerson,
  id: string,
  action: ResponseAction,
  sendResponse: boolean,
  now: Date,
) {
  const row = await service.findStored(person, id);
  if (row.isOrganizer) {
    throw new GraphError(
      400,
      'ErrorInvalidRequest',
      "Your request can't be completed. You can't respond to a meeting you organized.",
    );
  }
  if (row.isCancelled) {
    throw new GraphError(
      400,
      'ErrorInvalidRequest',
      "Your request can't be completed. The meeting was canceled.",
    );
  }
  const response = RESPONSES[action];
  const time = now.toISOString();
  const data = dataOf(row);
  const organizerCopy = (await service.store.meeting(row.iCalUId)).find((r) => r.isOrganizer);
  const showAs =
    action === 'decline'
      ? 'free'
      : action === 'tentativelyAccept'
        ? 'tentative'
        : dataOf(organizerCopy ?? row).showAs;
  const next = { ...data, showAs, responseStatus: { response, time }, changeKey: newChangeKey() };
  await service.store.update(row.id, { data: asRecord(next) }, now);
  if (!sendResponse || !organizerCopy) return;
  const organizerData = dataOf(organizerCopy);
  const attendees = organizerData.attendees.map((a) =>
    CalendarService.isAddressOf(person, a.emailAddress.address) ? { ...a, status: { response, time } } : a,
  );
  await service.store.update(
    organizerCopy.id,
    { data: asRecord({ ...organizerData, attendees, changeKey: newChangeKey() }) },
    now,
  );
}
