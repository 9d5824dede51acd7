// Builds the Teams app package for one environment, the same way the toolkit's
// teamsApp/zipAppPackage does, but offline:
//   npm run package               → appPackage/build/appPackage.local.zip
//   npm run package -- dev        → appPackage/build/appPackage.dev.zip
// Values come from env/.env.<env> and env/.env.<env>.user; the process environment wins over both.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { zipSync } from 'fflate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const appPackageDir = path.join(root, 'appPackage');

class PackageError extends Error {
  constructor(message, problems = []) {
    super(problems.length > 0 ? `${message}\n${problems.map((p) => `  - ${p}`).join('\n')}` : message);
    this.name = 'PackageError';
  }
}

/** Parses a dotenv file: KEY=VALUE lines, `#` comments, optional single or double quotes. */
export function parseEnvFile(text) {
  const values = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    let value = match[2].trim();
    const quoted = /^(['"])(.*)\1$/.exec(value);
    if (quoted) value = quoted[2];
    else value = value.replace(/\s+#.*$/, '');
    values[match[1]] = value;
  }
  return values;
}

export function loadEnvironment(envName, processEnv = process.env) {
  const file = path.join(root, 'env', `.env.${envName}`);
  if (!existsSync(file)) throw new PackageError(`No environment file env/.env.${envName}.`);
  const values = parseEnvFile(readFileSync(file, 'utf8'));
  const userFile = `${file}.user`;
  if (existsSync(userFile)) Object.assign(values, parseEnvFile(readFileSync(userFile, 'utf8')));
  for (const key of Object.keys(values)) {
    if (processEnv[key] !== undefined && processEnv[key] !== '') values[key] = processEnv[key];
  }
  for (const [key, value] of Object.entries(processEnv)) {
    if (values[key] === undefined && value !== undefined) values[key] = value;
  }
  return values;
}

/** Replaces every `${{NAME}}`; names without a (non-empty) value are reported, not left behind. */
export function substitute(text, values, source) {
  const missing = new Set();
  const out = text.replace(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_, name) => {
    const value = values[name];
    if (value === undefined || value === '') {
      missing.add(name);
      return '';
    }
    // Values land inside JSON strings.
    return JSON.stringify(value).slice(1, -1);
  });
  if (missing.size > 0) {
    throw new PackageError(`${source} uses variables that have no value:`, [...missing]);
  }
  return out;
}

function schemaDir(manifestVersion) {
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const dir = path.join(packageDir, 'build', 'json-schemas', 'teams', `v${manifestVersion}`);
  if (!existsSync(dir)) {
    throw new PackageError(
      `manifestVersion ${manifestVersion} has no schema bundled in @microsoft/app-manifest; pick a bundled version.`,
    );
  }
  return dir;
}

export function readSchema(manifestVersion, fileName) {
  return JSON.parse(readFileSync(path.join(schemaDir(manifestVersion), fileName), 'utf8'));
}

/**
 * The localisation schema's activity patterns end a group with a bare `]`, which a unicode-mode
 * RegExp (what the validator compiles) rejects; escaping it keeps the meaning.
 */
export function readLocalisationSchema(manifestVersion) {
  const schema = readSchema(manifestVersion, 'MicrosoftTeams.Localization.schema.json');
  schema.patternProperties = Object.fromEntries(
    Object.entries(schema.patternProperties ?? {}).map(([pattern, rule]) => [
      pattern.replace(/\\b\]/g, '\\b\\]'),
      rule,
    ]),
  );
  return schema;
}

/** Renders, validates and zips the package; returns where it was written and what it holds. */
export async function buildPackage(envName, processEnv = process.env) {
  const values = loadEnvironment(envName, processEnv);
  const manifestText = substitute(
    readFileSync(path.join(appPackageDir, 'manifest.json'), 'utf8'),
    values,
    'appPackage/manifest.json',
  );
  const manifest = JSON.parse(manifestText);

  const problems = (
    await AppManifestUtils.validateAgainstSchema(
      manifest,
      readSchema(manifest.manifestVersion, 'MicrosoftTeams.schema.json'),
    )
  ).map((p) => `manifest.json${p}`);

  const files = { 'manifest.json': Buffer.from(manifestText) };
  for (const icon of [manifest.icons.color, manifest.icons.outline]) {
    const file = path.join(appPackageDir, icon);
    if (existsSync(file)) files[icon] = readFileSync(file);
    else problems.push(`icon ${icon} is missing from appPackage/`);
  }
  const localisationSchema = readLocalisationSchema(manifest.manifestVersion);
  for (const { file } of manifest.localizationInfo?.additionalLanguages ?? []) {
    const source = path.join(appPackageDir, file);
    if (!existsSync(source)) {
      problems.push(`localisation file ${file} is missing from appPackage/`);
      continue;
    }
    const text = substitute(readFileSync(source, 'utf8'), values, `appPackage/${file}`);
    const errors = await AppManifestUtils.validateAgainstSchema(JSON.parse(text), localisationSchema);
    problems.push(...errors.map((p) => `${file}${p}`));
    files[file] = Buffer.from(text);
  }
  if (problems.length > 0) {
    throw new PackageError(`The app package for "${envName}" is not valid:`, problems);
  }

  const outDir = path.join(appPackageDir, 'build');
  mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, `appPackage.${envName}.zip`);
  // Fixed timestamps keep the zip byte-for-byte reproducible.
  const mtime = new Date('2025-01-01T00:00:00Z');
  writeFileSync(
    zipPath,
    zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime }]]))),
  );
  writeFileSync(path.join(outDir, `manifest.${envName}.json`), manifestText);
  return { zipPath, entries: Object.keys(files) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const envName = process.argv[2] ?? process.env.TEAMSFX_ENV ?? 'local';
  try {
    const { zipPath, entries } = await buildPackage(envName);
    console.log(`Wrote ${path.relative(root, zipPath)} (${entries.join(', ')}).`);
  } catch (error) {
    console.error(error instanceof PackageError ? error.message : error);
    process.exitCode = 1;
  }
}
