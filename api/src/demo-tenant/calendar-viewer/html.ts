/** Markup already escaped (or written by us); anything else put into `html` is escaped. */
export class SafeHtml {
  constructor(readonly markup: string) {}

  toString(): string {
    return this.markup;
  }
}

export type Fragment = SafeHtml | string | number | null | undefined | false | readonly Fragment[];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

function render(value: Fragment): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.markup;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** A template tag that escapes every interpolated value unless it is SafeHtml, so no text slips in raw. */
export function html(strings: TemplateStringsArray, ...values: Fragment[]): SafeHtml {
  let markup = strings[0]!;
  values.forEach((value, index) => {
    markup += render(value) + strings[index + 1]!;
  });
  return new SafeHtml(markup);
}

/** An http(s) link target, or undefined for anything else (`javascript:` and the like never become links). */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

// Inline and self-contained: the page loads nothing else (no fonts, scripts or images).
const STYLE = `
:root { color-scheme: light dark; --ink: #1b1b1f; --muted: #5c5c66; --line: #d4d4dc; --accent: #4f52b2;
  --paper: #ffffff; --soft: #f4f4f8; --bad: #a4262c; --good: #0e700e; --warn: #8a5a00; }
@media (prefers-color-scheme: dark) { :root { --ink: #f2f2f5; --muted: #b8b8c4; --line: #4a4a55;
  --accent: #a9abff; --paper: #1f1f24; --soft: #2a2a31; --bad: #ff9a9f; --good: #8ee08e; --warn: #ffd27a; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, "Segoe UI", sans-serif; color: var(--ink); background: var(--paper); }
main, header.site { max-width: 58rem; margin: 0 auto; padding: 1rem 1.25rem; }
header.site { border-bottom: 1px solid var(--line); }
h1 { font-size: 1.6rem; margin: 0.25rem 0; }
h2 { font-size: 1.2rem; margin: 2rem 0 0.5rem; padding-bottom: 0.25rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 0 0 0.25rem; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, textarea:focus-visible {
  outline: 3px solid var(--accent); outline-offset: 2px; }
.muted { color: var(--muted); }
nav ul, ul.plain { list-style: none; padding: 0; margin: 0.5rem 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; }
ul.people { list-style: none; padding: 0; }
ul.people li { padding: 0.4rem 0; border-bottom: 1px solid var(--line); }
ol.events { list-style: none; padding: 0; margin: 0; }
article.event { border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 6px;
  padding: 0.75rem 1rem; margin: 0.75rem 0; background: var(--soft); }
article.event.seeded { border-left-color: var(--muted); }
article.event.cancelled { border-left-color: var(--bad); }
article.event.cancelled h3 .subject { text-decoration: line-through; }
.badge { display: inline-block; font-size: 0.8rem; padding: 0 0.5rem; border: 1px solid currentColor;
  border-radius: 999px; margin-right: 0.35rem; }
.bad { color: var(--bad); } .good { color: var(--good); } .warn { color: var(--warn); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0; }
dt { font-weight: 600; } dd { margin: 0; }
dd ul { margin: 0; padding-left: 1.1rem; }
form.respond { margin-top: 0.75rem; display: grid; gap: 0.35rem; max-width: 32rem; }
textarea, input[type="text"] { font: inherit; padding: 0.35rem; border: 1px solid var(--muted); border-radius: 4px;
  background: var(--paper); color: var(--ink); width: 100%; }
.actions { display: flex; gap: 0.5rem; flex-wrap: wrap; }
button { font: inherit; padding: 0.3rem 0.9rem; border-radius: 4px; border: 1px solid var(--accent);
  background: var(--paper); color: var(--accent); cursor: pointer; }
button.primary { background: var(--accent); color: var(--paper); }
form.pick { display: flex; gap: 0.5rem; align-items: end; flex-wrap: wrap; max-width: 36rem; }
form.pick div { flex: 1; }
`;

/** A whole page: English, with a title, the stylesheet and the content inside `<main>`. */
export function page(options: { title: string; heading: Fragment; nav?: Fragment; body: Fragment }): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${options.title}</title>
<style>${new SafeHtml(STYLE)}</style>
</head>
<body>
<header class="site">
<p class="muted">Binôme demo tenant · calendar viewer</p>
<h1>${options.heading}</h1>
${options.nav ?? ''}
</header>
<main>
${options.body}
</main>
</body>
</html>
`.markup;
}
