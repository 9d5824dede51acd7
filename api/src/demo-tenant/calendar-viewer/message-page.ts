import { html, page } from './html';

/** A page that says what went wrong (unknown person, refused answer…) and where to go next. */
export function messagePage(options: {
  title: string;
  message: string;
  links: Array<{ href: string; text: string }>;
}): string {
  return page({
    title: `${options.title} · Demo calendars`,
    heading: options.title,
    body: html`<p role="alert">${options.message}</p>
<ul class="plain">${options.links.map((link) => html`<li><a href="${link.href}">${link.text}</a></li>`)}</ul>`,
  });
}
