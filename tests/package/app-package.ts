import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';

/** Shared readers for the package and infrastructure tests: env files, placeholders, schemas, PNGs. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const readText = (relative: string): string => readFileSync(path.join(root, relative), 'utf8');
export const readJson = <T = Record<string, unknown>>(relative: string): T =>
  JSON.parse(readText(relative)) as T;

/** KEY=VALUE lines of a dotenv file (comments and blank lines skipped). */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (match) values[match[1]] = match[2].trim().replace(/^(['"])(.*)\1$/, '$2');
  }
  return values;
}

export const envFile = (name: string): Record<string, string> => parseEnvFile(readText(`env/.env.${name}`));

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export const placeholders = (text: string): string[] => [
  ...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1])),
];

export function substitute(text: string, values: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => values[name] || whole);
}

const manifestPackageDir = path.dirname(
  createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json'),
);

/** Manifest versions whose schema @microsoft/app-manifest bundles, e.g. '1.25' or 'DevPreview'. */
export const bundledTeamsVersions = (): string[] =>
  readdirSync(path.join(manifestPackageDir, 'build', 'json-schemas', 'teams')).map((dir) =>
    dir.replace(/^v/, ''),
  );

export function teamsSchema(version: string, file: string): Record<string, unknown> {
  const full = path.join(manifestPackageDir, 'build', 'json-schemas', 'teams', `v${version}`, file);
  return JSON.parse(readFileSync(full, 'utf8')) as Record<string, unknown>;
}

export interface Png {
  width: number;
  height: number;
  colourType: number;
  bitDepth: number;
  /** RGBA, 4 bytes a pixel (only colour type 6, 8-bit, is decoded). */
  pixels: Buffer;
}

/** A small PNG reader: header, IDAT inflate and the five scanline filters. */
export function readPng(data: Buffer): Png {
  if (!data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    throw new Error('not a PNG file');
  }
  let offset = 8;
  let header: Buffer | undefined;
  const idat: Buffer[] = [];
  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('ascii', offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = body;
    if (type === 'IDAT') idat.push(body);
    offset += 12 + length;
  }
  if (!header) throw new Error('PNG without IHDR');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const bitDepth = header[8];
  const colourType = header[9];
  if (colourType !== 6 || bitDepth !== 8)
    return { width, height, colourType, bitDepth, pixels: Buffer.alloc(0) };
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x];
      const left = x >= 4 ? pixels[y * stride + x - 4] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const upLeft = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4] : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      };
      const predictor = [0, left, up, (left + up) >> 1, filter === 4 ? paeth() : 0][filter];
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, colourType, bitDepth, pixels };
}

/**
 * The bundled localisation schema, with the bare `]` in its activity patterns escaped: the
 * validator compiles patterns as unicode RegExps, which reject it (the package script does the same).
 */
export function localisationSchema(version: string): Record<string, unknown> {
  const schema = teamsSchema(version, 'MicrosoftTeams.Localization.schema.json');
  const patterns = (schema.patternProperties ?? {}) as Record<string, unknown>;
  schema.patternProperties = Object.fromEntries(
    Object.entries(patterns).map(([pattern, rule]) => [pattern.replace(/\\b\]/g, '\\b\\]'), rule]),
  );
  return schema;
}

/** `${{NAME}}`, the toolkit's placeholder syntax, written without tripping template-string lints. */
export const ph = (name: string): string => `\${{${name}}}`;
