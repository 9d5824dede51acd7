import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { type LegalPage, PRIVACY, TERMS } from './texts';

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function language(request: FastifyRequest): 'fr' | 'en' {
  const asked = (request.query as { lang?: string }).lang ?? request.headers['accept-language'] ?? '';
  return asked.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

function render(page: LegalPage, lang: 'fr' | 'en', other: string): string {
  const sections = page.sections
    .map(
      (s) =>
        `<h2>${escapeHtml(s.heading)}</h2>${s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}`,
    )
    .join('');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(page.title)}</title><style>body{font-family:'Segoe UI',system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#242424}h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.5rem}@media (prefers-color-scheme:dark){body{background:#1f1f1f;color:#e6e6e6}a{color:#8ab4f8}}</style></head><body><main><h1>${escapeHtml(page.title)}</h1>${sections}<p><a href="?lang=${lang === 'fr' ? 'en' : 'fr'}">${other}</a></p></main></body></html>`;
}

/** The privacy notice and terms of use that the Teams app manifest links to. */
export const legalRoutes: FastifyPluginAsync = async (app) => {
  for (const [path, texts] of [
    ['/privacy', PRIVACY],
    ['/terms', TERMS],
  ] as const) {
    app.get(path, { schema: { hide: true } }, async (request, reply) => {
      const lang = language(request);
      return reply
        .type('text/html; charset=utf-8')
        .send(render(texts[lang], lang, lang === 'fr' ? 'English' : 'Français'));
    });
  }
};
