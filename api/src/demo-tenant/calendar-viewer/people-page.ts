import { html, page } from './html';
import type { ViewerLinks } from './links';

export interface MailboxSummary {
  userPrincipalName: string;
  displayName: string;
  department: string | null;
  /** Stored events in the mailbox (organized or received, cancelled ones included). */
  events: number;
}

export interface PersonaSummary {
  persona: string;
  userPrincipalName: string;
  displayName: string;
}

/** Who has meetings created through the demo Graph, the demo personas, and a field for anyone else. */
export function peoplePage(options: {
  company: string;
  mailboxes: MailboxSummary[];
  personas: PersonaSummary[];
  links: ViewerLinks;
}): string {
  const { links } = options;
  const mailboxes =
    options.mailboxes.length === 0
      ? html`<p>Nobody has events created through the demo Graph yet. Book a session in Binôme, or
<code>POST /_demo/graph/v1.0/users/{id}/events</code> with attendees, then come back.</p>`
      : html`<ul class="people">${options.mailboxes.map(
          (m) => html`<li><a href="${links.mailbox(m.userPrincipalName)}">${m.displayName}</a>
<span class="muted">${m.userPrincipalName}${m.department ? ` · ${m.department}` : ''} · ${m.events} ${m.events === 1 ? 'event' : 'events'}</span></li>`,
        )}</ul>`;
  const personas = html`<ul class="people">${options.personas.map(
    (p) => html`<li><a href="${links.mailbox(p.userPrincipalName)}">${p.displayName}</a>
<span class="muted">${p.persona} · ${p.userPrincipalName}</span></li>`,
  )}</ul>`;
  return page({
    title: `Demo calendars · ${options.company}`,
    heading: html`Demo calendars of ${options.company}`,
    body: html`<section aria-labelledby="with-events">
<h2 id="with-events">Calendars with meetings created through Graph</h2>
${mailboxes}
</section>
<section aria-labelledby="pick">
<h2 id="pick">Open someone's calendar</h2>
<form class="pick" method="get" action="${links.list}">
<div><label for="person">User principal name, mail or object id</label>
<input type="text" id="person" name="person" required autocomplete="off" spellcheck="false"></div>
<button type="submit" class="primary">Open calendar</button>
</form>
</section>
<section aria-labelledby="personas">
<h2 id="personas">Demo personas</h2>
${personas}
</section>`,
  });
}
