import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  bundledTeamsVersions,
  envFile,
  localisationSchema,
  ph,
  placeholders,
  readJson,
  readPng,
  readText,
  root,
  substitute,
  teamsSchema,
} from './app-package';

const run = promisify(execFile);

type Json = Record<string, unknown>;
interface Manifest {
  $schema: string;
  manifestVersion: string;
  id: string;
  icons: { color: string; outline: string };
  name: { short: string; full: string };
  staticTabs: {
    entityId: string;
    name?: string;
    contentUrl?: string;
    scopes: string[];
    context?: string[];
  }[];
  bots: {
    botId: string;
    scopes: string[];
    supportsFiles: boolean;
    commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[];
  }[];
  permissions: string[];
  validDomains: string[];
  webApplicationInfo: { id: string; resource: string };
  localizationInfo: {
    defaultLanguageTag: string;
    additionalLanguages: { languageTag: string; file: string }[];
  };
}

const manifestTemplate = readText('appPackage/manifest.json');
const local = envFile('local');
const manifest = JSON.parse(substitute(manifestTemplate, local)) as Manifest;
const frTemplate = readText('appPackage/fr.json');
const fr = JSON.parse(frTemplate) as Record<string, string>;

const validate = (document: unknown, schema: Json) =>
  AppManifestUtils.validateAgainstSchema(document as never, schema as never);
const manifestSchema = () => teamsSchema(manifest.manifestVersion, 'MicrosoftTeams.schema.json');

describe('the app manifest', () => {
  it('uses a manifest version whose schema is bundled, and the matching $schema URL', () => {
    expect(bundledTeamsVersions()).toContain(manifest.manifestVersion);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`,
    );
    // 1.13 is the first version whose personal tabs also run in Outlook and the Microsoft 365 app.
    const [major, minor] = manifest.manifestVersion.split('.').map(Number);
    expect(major === 1 && minor >= 13).toBe(true);
  });

  it('has a value in env/.env.local for every placeholder', () => {
    expect(placeholders(manifestTemplate).filter((name) => !local[name])).toEqual([]);
  });

  it('is valid against the bundled schema once the local values are substituted', async () => {
    expect(await validate(manifest, manifestSchema())).toEqual([]);
  });

  it('would be rejected by the same validation if it were broken', async () => {
    const broken = structuredClone(manifest) as unknown as Json & { staticTabs: Json[] };
    broken.staticTabs[0].contentUrl = 'ftp://example.org/';
    broken.accentColor = 'teal';
    const errors = await validate(broken, manifestSchema());
    expect(errors.some((e) => e.includes('/staticTabs/0/contentUrl'))).toBe(true);
    expect(errors.some((e) => e.includes('/accentColor'))).toBe(true);
  });

  it('opens the tab at the service root, in personal scope', () => {
    const template = JSON.parse(manifestTemplate) as Manifest;
    const home = template.staticTabs.find((tab) => tab.contentUrl);
    expect(home).toMatchObject({
      contentUrl: `${ph('TAB_ENDPOINT')}/`,
      scopes: ['personal'],
      context: ['personalTab'],
    });
    expect(template.staticTabs.every((tab) => tab.scopes.length === 1 && tab.scopes[0] === 'personal')).toBe(
      true,
    );
  });

  it('has one personal bot with its commands (help, join, my profile, withdraw, my sessions, reschedule, feedback, surveys) and no files', () => {
    expect(manifest.bots).toHaveLength(1);
    const [bot] = manifest.bots;
    expect(bot.botId).toBe(local.BOT_ID);
    expect(bot.scopes).toEqual(['personal']);
    expect(bot.supportsFiles).toBe(false);
    expect(bot.commandLists.flatMap((list) => list.commands.map((c) => c.title))).toEqual([
      'help',
      'join',
      'my profile',
      'withdraw',
      'my sessions',
      'reschedule my next session',
      'feedback',
      'surveys',
    ]);
  });

  it('asks for SSO with the same application ID URI as the Entra app', () => {
    const template = JSON.parse(manifestTemplate) as Manifest;
    const entra = readJson<{ identifierUris: string[]; appId: string }>('aad.manifest.json');
    expect(template.webApplicationInfo).toEqual({
      id: ph('AAD_APP_CLIENT_ID'),
      resource: `api://${ph('TAB_DOMAIN')}/${ph('AAD_APP_CLIENT_ID')}`,
    });
    expect(entra.identifierUris).toContain(template.webApplicationInfo.resource);
    expect(entra.appId).toBe(template.webApplicationInfo.id);
  });

  it('lists the tab domain as a valid domain and asks only for identity and messageTeamMembers', () => {
    const tabHost = new URL(manifest.staticTabs[0].contentUrl ?? '').host;
    expect(manifest.validDomains).toContain(tabHost);
    expect([...manifest.permissions].sort()).toEqual(['identity', 'messageTeamMembers']);
  });
});

describe('the French localisation', () => {
  it('is declared in the manifest', () => {
    expect(manifest.localizationInfo.additionalLanguages).toEqual([{ languageTag: 'fr', file: 'fr.json' }]);
  });

  it('is valid against the bundled localisation schema', async () => {
    expect(fr.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.Localization.schema.json`,
    );
    expect(await validate(fr, localisationSchema(manifest.manifestVersion))).toEqual([]);
  });

  it('would be rejected by that schema with an unknown key or an over-long name', async () => {
    const errors = await validate(
      { ...fr, 'name.short': 'x'.repeat(31), 'bots[0].unknown': 'x' },
      localisationSchema(manifest.manifestVersion),
    );
    expect(errors.some((e) => e.includes('name.short'))).toBe(true);
    expect(errors.some((e) => e.includes('additional properties'))).toBe(true);
  });

  it('translates every name, description, tab name and bot command', () => {
    const keys = [
      'name.short',
      'name.full',
      'description.short',
      'description.full',
      ...manifest.staticTabs.flatMap((tab, i) => (tab.name ? [`staticTabs[${i}].name`] : [])),
      ...manifest.bots[0].commandLists.flatMap((list, l) =>
        list.commands.flatMap((_, c) => [
          `bots[0].commandLists[${l}].commands[${c}].title`,
          `bots[0].commandLists[${l}].commands[${c}].description`,
        ]),
      ),
    ];
    expect(keys.filter((key) => !fr[key])).toEqual([]);
    expect(Object.keys(fr).filter((key) => key !== '$schema' && !keys.includes(key))).toEqual([]);
  });

  it('addresses people with « vous », never « tu »', () => {
    const text = Object.values(fr).join(' ').toLowerCase();
    // Letters on both sides, accented ones included: `\b` would find « tes » in « enquêtes ».
    expect(text).not.toMatch(/(?<!\p{L})(tu|toi|ton|ta|tes)(?!\p{L})/u);
  });
});

describe('the icons', () => {
  const icon = (file: string) => readPng(readFileSync(path.join(root, 'appPackage', file)));

  it('are 192×192 in colour and 32×32 in outline, as the manifest names them', () => {
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
    expect(icon('color.png')).toMatchObject({ width: 192, height: 192 });
    expect(icon('outline.png')).toMatchObject({ width: 32, height: 32 });
  });

  it('draw the outline in white only, on a transparent background', () => {
    const { pixels, colourType } = icon('outline.png');
    expect(colourType).toBe(6);
    let visible = 0;
    let transparent = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i + 3] === 0) transparent++;
      else {
        visible++;
        expect([pixels[i], pixels[i + 1], pixels[i + 2]]).toEqual([255, 255, 255]);
      }
    }
    expect(visible).toBeGreaterThan(50);
    expect(transparent).toBeGreaterThan(visible);
  });

  it('fill the colour icon edge to edge with the accent colour', () => {
    const { pixels, width } = icon('color.png');
    const accent = JSON.parse(manifestTemplate).accentColor as string;
    const corner = `#${[...pixels.subarray(0, 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    expect(corner.toUpperCase()).toBe(accent.toUpperCase());
    for (let i = 3; i < pixels.length; i += 4)
      if (pixels[i] !== 255) throw new Error('colour icon not opaque');
    expect(pixels.length).toBe(width * width * 4);
  });

  it('are what scripts/make-icons.mjs draws', async () => {
    const { stdout } = await run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const { makeIcons } = await import('./scripts/make-icons.mjs'); const i = makeIcons(); console.log(JSON.stringify({ color: i.color.toString('base64'), outline: i.outline.toString('base64') }));",
      ],
      { cwd: root },
    );
    const drawn = JSON.parse(stdout) as { color: string; outline: string };
    expect(drawn.color).toBe(readFileSync(path.join(root, 'appPackage/color.png')).toString('base64'));
    expect(drawn.outline).toBe(readFileSync(path.join(root, 'appPackage/outline.png')).toString('base64'));
  });
});

describe('npm run package', () => {
  let entries: Record<string, Uint8Array>;

  beforeAll(async () => {
    const { stdout } = await run(process.execPath, ['scripts/package-app.mjs', 'local'], { cwd: root });
    expect(stdout).toContain('appPackage.local.zip');
    entries = unzipSync(readFileSync(path.join(root, 'appPackage/build/appPackage.local.zip')));
  });

  it('zips the substituted manifest, the French file and both icons, nothing else', () => {
    expect(Object.keys(entries).sort()).toEqual(['color.png', 'fr.json', 'manifest.json', 'outline.png']);
    const zipped = Buffer.from(entries['manifest.json']).toString('utf8');
    expect(zipped).not.toContain('${{');
    expect(JSON.parse(zipped)).toEqual(manifest);
    expect(Buffer.from(entries['outline.png'])).toEqual(
      readFileSync(path.join(root, 'appPackage/outline.png')),
    );
  });

  it('takes values from the process environment over the env file', async () => {
    await run(process.execPath, ['scripts/package-app.mjs', 'local'], {
      cwd: root,
      env: { ...process.env, TAB_ENDPOINT: 'https://binome.example.org', TAB_DOMAIN: 'binome.example.org' },
    });
    const zipped = unzipSync(readFileSync(path.join(root, 'appPackage/build/appPackage.local.zip')));
    const rendered = JSON.parse(Buffer.from(zipped['manifest.json']).toString('utf8')) as Manifest;
    expect(rendered.staticTabs[0].contentUrl).toBe('https://binome.example.org/');
    expect(rendered.webApplicationInfo.resource).toBe(`api://binome.example.org/${local.AAD_APP_CLIENT_ID}`);
    // Leave the default build behind for whoever looks next.
    await run(process.execPath, ['scripts/package-app.mjs', 'local'], { cwd: root });
  });

  it('refuses an invalid manifest and says what is wrong', async () => {
    const failure = await run(process.execPath, ['scripts/package-app.mjs', 'local'], {
      cwd: root,
      env: { ...process.env, TAB_ENDPOINT: 'ftp://binome.example.org' },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(/not valid[\s\S]*staticTabs\/0\/contentUrl/);
  });

  it('refuses an environment without its file', async () => {
    const failure = await run(process.execPath, ['scripts/package-app.mjs', 'nowhere'], { cwd: root }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain('env/.env.nowhere');
  });
});
