import { DateTime } from 'luxon';
import { type Fragment, html, page, type SafeHtml, safeHref } from './html';
import type { ViewerLinks } from './links';
import type { MailboxView, ViewerAttendee, ViewerEvent } from './mailbox-view';

const RESPONSES: Record<string, { text: string; tone: string }> = {
  none: { text: 'No response', tone: 'muted' },
  notResponded: { text: 'Not responded', tone: 'warn' },
  accepted: { text: 'Accepted', tone: 'good' },
  tentativelyAccepted: { text: 'Tentative', tone: 'warn' },
  declined: { text: 'Declined', tone: 'bad' },
  organizer: { text: 'Organizer', tone: 'muted' },
};
const responseOf = (response: string) => RESPONSES[response] ?? { text: response, tone: 'muted' };

const SHOW_AS: Record<string, string> = {
  free: 'Free',
  tentative: 'Tentative',
  busy: 'Busy',
  oof: 'Away',
  workingElsewhere: 'Working elsewhere',
  unknown: 'Unknown',
};

const at = (iso: string) => DateTime.fromISO(iso, { setZone: true }).setLocale('en-GB');
const dayTitle = (date: string) => DateTime.fromISO(date).setLocale('en-GB').toFormat('cccc d LLLL yyyy');

function timeRange(event: ViewerEvent): SafeHtml {
  const start = at(event.start);
  const end = at(event.end);
  if (event.isAllDay) {
    const last = end.minus({ days: 1 });
    return last.hasSame(start, 'day')
      ? html`<span>All day</span>`
      : html`<span>All day, until <time datetime="${event.end}">${last.toFormat('ccc d LLL')}</time></span>`;
  }
  const endText = end.hasSame(start, 'day') ? end.toFormat('HH:mm') : end.toFormat('ccc d LLL, HH:mm');
  return html`<time datetime="${event.start}">${start.toFormat('HH:mm')}</time>–<time datetime="${event.end}">${endText}</time>`;
}

function attendeeItem(attendee: ViewerAttendee): SafeHtml {
  const response = responseOf(attendee.response);
  const optional = attendee.type === 'optional' ? ' (optional)' : '';
  return html`<li>${attendee.name} &lt;${attendee.address}&gt;${optional}: <span class="${response.tone}">${response.text}</span></li>`;
}

function badges(event: ViewerEvent): Fragment[] {
  const list: Fragment[] = [];
  if (event.isCancelled) list.push(html`<span class="badge bad">Cancelled by the organizer</span>`);
  if (event.source === 'seeded') {
    list.push(html`<span class="badge">Seeded busy item</span>`);
    list.push(html`<span class="badge">${SHOW_AS[event.showAs] ?? event.showAs}</span>`);
  } else if (event.isOrganizer) {
    list.push(html`<span class="badge">You organize this meeting</span>`);
  } else {
    const response = responseOf(event.response);
    list.push(html`<span class="badge ${response.tone}">Your response: ${response.text}</span>`);
  }
  if (event.isPrivate) list.push(html`<span class="badge">Private</span>`);
  return list;
}

function respondForm(event: ViewerEvent, view: MailboxView, links: ViewerLinks): Fragment {
  if (!event.canRespond) return false;
  const person = view.person.userPrincipalName;
  const field = `comment-${event.id}`;
  return html`<form class="respond" method="post" action="${links.respond(person, event.id, 'accept')}" aria-label="Respond to ${event.subject || 'this meeting'}">
<input type="hidden" name="from" value="${view.from}">
${view.busy ? html`<input type="hidden" name="busy" value="1">` : ''}
<label for="${field}">Comment to the organizer (optional)</label>
<textarea id="${field}" name="comment" rows="2" maxlength="2000"></textarea>
<div class="actions">
<button type="submit" class="primary" formaction="${links.respond(person, event.id, 'accept')}">Accept</button>
<button type="submit" formaction="${links.respond(person, event.id, 'tentativelyAccept')}">Tentative</button>
<button type="submit" formaction="${links.respond(person, event.id, 'decline')}">Decline</button>
</div>
</form>`;
}

function details(event: ViewerEvent): Fragment[] {
  const join = safeHref(event.joinUrl);
  return [
    event.organizer &&
      html`<dt>Organizer</dt><dd>${event.organizer.name} &lt;${event.organizer.address}&gt;</dd>`,
    event.attendees.length > 0 &&
      html`<dt>Attendees</dt><dd><ul>${event.attendees.map(attendeeItem)}</ul></dd>`,
    join &&
      html`<dt>Teams meeting</dt><dd><a href="${join}">Join the Teams meeting</a> <span class="muted">(a demo link: no meeting stands behind it)</span></dd>`,
    event.location && html`<dt>Location</dt><dd>${event.location}</dd>`,
  ];
}

function eventItem(event: ViewerEvent, view: MailboxView, links: ViewerLinks): SafeHtml {
  const key = `event-${event.id}`;
  const classes = ['event', event.source === 'seeded' ? 'seeded' : '', event.isCancelled ? 'cancelled' : '']
    .filter(Boolean)
    .join(' ');
  return html`<li><article class="${classes}" id="${key}" aria-labelledby="${key}-title">
<h3 id="${key}-title">${timeRange(event)} <span class="subject">${event.subject || '(no subject)'}</span></h3>
<p>${badges(event)}</p>
<dl>${details(event)}</dl>
${respondForm(event, view, links)}
</article></li>`;
}

/** One person's mailbox, day by day, in their own time zone. */
export function mailboxPage(view: MailboxView, links: ViewerLinks): string {
  const { person } = view;
  const key = person.userPrincipalName;
  const from = DateTime.fromISO(view.from);
  const shift = (days: number) => from.plus({ days }).toISODate()!;
  const length = DateTime.fromISO(view.to).diff(from, 'days').days;
  const zone =
    person.timeZone === person.ianaTimeZone ? person.timeZone : `${person.timeZone} (${person.ianaTimeZone})`;
  const lastDay = DateTime.fromISO(view.to).minus({ days: 1 }).toISODate()!;
  const nav = html`<nav aria-label="Calendar views"><ul>
<li><a href="${links.list}">All demo calendars</a></li>
<li><a href="${links.mailbox(key, { from: shift(-length), busy: view.busy })}">Previous ${length / 7} weeks</a></li>
<li><a href="${links.mailbox(key, { busy: view.busy })}">From today</a></li>
<li><a href="${links.mailbox(key, { from: shift(length), busy: view.busy })}">Next ${length / 7} weeks</a></li>
<li><a href="${links.mailbox(key, { from: view.from, busy: !view.busy })}">${view.busy ? 'Hide' : 'Show'} seeded busy items</a></li>
<li><a href="${links.mailbox(key, { from: view.from, busy: view.busy, format: 'json' })}">JSON</a></li>
</ul></nav>`;
  const intro = html`<p>Mailbox of ${person.userPrincipalName}. Times are shown in its time zone: <strong>${zone}</strong>.</p>
<p class="muted">From <time datetime="${view.from}">${dayTitle(view.from)}</time> to <time datetime="${lastDay}">${dayTitle(lastDay)}</time>: ${view.busy ? 'events created through the demo Graph and the seeded busy calendar' : 'events created through the demo Graph (organized or received)'}.</p>`;
  const days =
    view.days.length === 0
      ? html`<p>No events in this period.</p>`
      : view.days.map(
          (day) => html`<section aria-labelledby="day-${day.date}">
<h2 id="day-${day.date}"><time datetime="${day.date}">${dayTitle(day.date)}</time></h2>
<ol class="events">${day.events.map((event) => eventItem(event, view, links))}</ol>
</section>`,
        );
  return page({
    title: `${person.displayName} · Demo calendars`,
    heading: html`Calendar of ${person.displayName}`,
    nav,
    body: html`${intro}${days}`,
  });
}
