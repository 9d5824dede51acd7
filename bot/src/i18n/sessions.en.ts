import type { SessionMessages } from './session-messages';

export const sessionsEn: SessionMessages = {
  title: 'Your next sessions',
  none: 'You have no sessions yet. They will appear here once your programme admin has booked them in your Outlook calendar.',
  noneAhead: 'You have no sessions still to come. Say “my profile” to see your programmes.',
  heading: 'Session {number} of {of} · {theme}',
  when: 'When',
  partner: 'With',
  status: 'Status',
  notScheduled: 'no time yet',
  statuses: {
    planned: 'being booked in Outlook',
    booked: 'booked in Outlook',
    needs_slot: 'needs a new time',
    failed: 'not booked: Outlook refused it',
  },
  problems: {
    declined: '{name} declined the time proposed.',
    reproposed: 'New time proposed after {name} declined the earlier one.',
    calendarUnreadable: 'An Outlook calendar could not be read.',
  },
  moreOne: 'And 1 more session later.',
  moreMany: 'And {count} more sessions later.',
  inOutlook: 'Every session is also in your Outlook calendar.',
  buttons: { join: 'Join in Teams', reschedule: 'Find another time', cancel: 'Cancel' },
  reschedule: {
    nothingToMove:
      'None of your sessions still to come can be moved right now. Say “my sessions” to see them.',
    moved:
      'Done: session {number} of {of}, “{theme}” with {partner}, is now on {when}. Outlook has sent the new time to you both.',
    noSlot:
      'I could not find a time that suits both you and {partner} in the coming weeks: {why} Nothing has changed. Free some time in Outlook and try again, or ask your programme admin.',
    reasons: {
      no_common_working_hours: 'your working hours do not overlap long enough for a session.',
      calendars_full_in_window: 'your calendars have no free time in common long enough for a session.',
      window_in_past: 'the period planned for this session is over.',
    },
    otherReason: 'no time is free in both calendars.',
  },
  cancel: {
    title: 'Cancel session {number} of {of}?',
    intro:
      '“{theme}” with {partner}, {when}. Outlook will cancel the meeting and send {partner} your message.',
    messageLabel: 'A word for {partner}',
    placeholder: 'For example: I am travelling that day; let us find another date.',
    messageRequired: 'Please write a few words for {partner}: Outlook sends them with the cancellation.',
    messageTooLong: 'Please keep your message under 1,000 characters.',
    confirm: 'Cancel the session',
    keep: 'Keep it',
    done: 'Session {number} of {of} is cancelled. Outlook has let {partner} know, with your message.',
    kept: 'All right, your session stays as it is.',
    nothingToCancel:
      'None of your sessions still to come can be cancelled right now. Say “my sessions” to see them.',
  },
  errors: {
    notOpen:
      'Session {number} of {of} can no longer be changed: it is over or cancelled, or the pair has ended. Say “my sessions” to see where things stand.',
    notFound: 'I cannot find that session among yours. Say “my sessions” to see them.',
    calendarRefused:
      'Outlook did not accept the change just now, so nothing has changed. Please try again in a moment; if it keeps failing, your programme admin can help.',
  },
};
