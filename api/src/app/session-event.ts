import { DateTime } from 'luxon';
import type { NewEvent } from './ports/calendar';
import type { SessionRecord, SessionWithPair } from './ports/sessions';

/** The category Binôme's events carry in Outlook, so people can filter and colour them. */
export const SESSION_CATEGORY = 'Binôme';
export const REMINDER_MINUTES = 15;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export function sessionSubject(s: SessionWithPair): string {
  const of = Math.max(s.seriesLength, s.number);
  return `Binôme · ${s.theme.label.fr} / ${s.theme.label.en} (${s.number}/${of})`;
}

/** The invitation's body: the objective and agenda in French, then in English, and a link back to Binôme. */
export function sessionBodyHtml(s: SessionWithPair, publicUrl: string): string {
  const section = (lang: 'fr' | 'en') => {
    const t =
      lang === 'fr'
        ? { heading: 'Séance de mentorat inversé', objective: 'Objectif', agenda: 'Ordre du jour' }
        : { heading: 'Reverse-mentoring session', objective: 'Objective', agenda: 'Agenda' };
    return [
      `<div lang="${lang}">`,
      `<h2>${escapeHtml(t.heading)} · ${escapeHtml(s.theme.label[lang])}</h2>`,
      `<p>${escapeHtml(s.mentee.displayName)} &amp; ${escapeHtml(s.mentor.displayName)}</p>`,
      `<p><strong>${escapeHtml(t.objective)}</strong> : ${escapeHtml(s.theme.objective[lang])}</p>`,
      `<p><strong>${escapeHtml(t.agenda)}</strong></p>`,
      `<ol>${s.theme.agenda[lang].map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ol>`,
      '</div>',
    ].join('');
  };
  return [section('fr'), '<hr/>', section('en'), `<p><a href="${escapeHtml(publicUrl)}">Binôme</a></p>`].join(
    '',
  );
}

/** The attendees: both people, except the organizer, who owns the event. */
export function sessionAttendees(s: SessionWithPair) {
  return [s.mentee, s.mentor]
    .filter((p) => p.aadId !== s.organizerAadId)
    .map((p) => ({ email: p.email, name: p.displayName }));
}

export function newSessionEvent(s: SessionWithPair, publicUrl: string): NewEvent {
  if (!s.startsAt || !s.endsAt) throw new Error(`session ${s.id} has no slot to book`);
  return {
    organizer: s.organizerAadId,
    transactionId: s.transactionId,
    subject: sessionSubject(s),
    bodyHtml: sessionBodyHtml(s, publicUrl),
    start: s.startsAt,
    end: s.endsAt,
    attendees: sessionAttendees(s),
    categories: [SESSION_CATEGORY],
    reminderMinutes: REMINDER_MINUTES,
  };
}

/** The slot in someone's zone, for messages: "mardi 14 avril 2026, 10:00–11:00 (Europe/Paris)". */
export function localSlotText(
  s: Pick<SessionRecord, 'startsAt' | 'endsAt'>,
  zone: string,
  locale: 'fr' | 'en',
) {
  if (!s.startsAt || !s.endsAt) return '';
  const start = DateTime.fromJSDate(s.startsAt, { zone }).setLocale(locale);
  const end = DateTime.fromJSDate(s.endsAt, { zone });
  return `${start.toFormat('cccc d LLLL yyyy, HH:mm')}–${end.toFormat('HH:mm')} (${zone})`;
}
