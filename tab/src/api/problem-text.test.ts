import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import fr from '../i18n/fr.json';
import { ApiError, networkError } from './api-error';
import { problemKey, problemText } from './problem-text';

const apiSources = fileURLToPath(new URL('../../../api/src', import.meta.url));

/**
 * Sources whose problems never reach the tab: the calendar webhooks (Graph calls them), the demo
 * tenant's emulated Graph and calendar viewer, and the demo data seeding.
 */
const NOT_FOR_THE_TAB = [
  path.join('http', 'routes', 'notifications.ts'),
  path.join('demo-tenant', 'calendar'),
  path.join('demo-tenant', 'calendar-viewer'),
  'demo-seed',
];

/** Every problem code the service's sources can send the tab: domain errors and the HTTP layer's own. */
function codesTheServiceSends(): string[] {
  const codes = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (NOT_FOR_THE_TAB.some((skip) => path.relative(apiSources, file) === skip)) continue;
      if (entry.isDirectory()) visit(file);
      else if (entry.name.endsWith('.ts') && !entry.name.includes('.test.')) {
        const text = readFileSync(file, 'utf8');
        const thrown =
          /new (?:ConflictError|InvalidInputError|NotFoundError|ForbiddenError|UnauthenticatedError)\(\s*'([a-z_.]+)'/g;
        for (const match of text.matchAll(thrown)) codes.add(match[1]!);
        for (const match of text.matchAll(/sendProblem\(\s*reply,\s*[\w.?:\s]+,\s*'([a-z_]+)'/g))
          codes.add(match[1]!);
      }
    }
  };
  visit(apiSources);
  return [...codes].sort();
}

function translator(language: 'fr' | 'en') {
  const instance = i18next.createInstance();
  instance.init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.t;
}

const refusal = (code: string, detail: string) =>
  new ApiError({ type: `urn:binome:problem:${code}`, title: 'Conflict', status: 409, code, detail });

describe('problem texts', () => {
  it('has French words for every problem code the service sends', () => {
    const codes = codesTheServiceSends();
    // the scan itself must find the codes: a broken pattern would find none and pass
    expect(codes).toEqual(
      expect.arrayContaining(['programme_not_matching', 'pairing.lock_forbidden', 'route_not_found']),
    );
    const t = translator('fr');
    const missing = codes.filter(
      (code) => t(problemKey(code), { lng: 'fr', fallbackLng: false, defaultValue: '' }) === '',
    );
    expect(missing).toEqual([]);
  });

  it('speaks French to a French reader and gives an English reader the service’s own detail', () => {
    const error = refusal(
      'programme_not_matching',
      'Programme "Cap IA" is recruiting: move it to matching first.',
    );
    expect(problemText(error, translator('fr'))).toBe(fr.errors.codes.programme_not_matching);
    expect(problemText(error, translator('en'))).toBe(
      'Programme "Cap IA" is recruiting: move it to matching first.',
    );
    const dotted = refusal('pairing.lock_full', 'Cannot lock: the mentor has no place left.');
    expect(problemText(dotted, translator('fr'))).toBe(fr.errors.codes.pairing_lock_full);
  });

  it('falls back to the detail for a code it does not know, and names network failures', () => {
    const unknown = refusal('something_new', 'Something new happened.');
    expect(problemText(unknown, translator('fr'))).toBe('Something new happened.');
    expect(problemText(networkError(new Error('offline')), translator('fr'))).toBe(fr.errors.network);
    expect(problemText(new Error('plain'), translator('fr'))).toBe('plain');
  });
});
