#!/usr/bin/env node
// Chat with the bot without Teams: starts the Microsoft 365 Agents Playground against the running
// service's /api/messages. Works offline and needs no app registration: locally the bot runs without
// an app id, so the Playground's unsigned activities are accepted.
//
// In demo mode the Playground is set up as the demo tenant, signed in as one of its people, so the
// bot sees the same tenant and people as the tab (PLAYGROUND_UPN picks who; default: the first mentee).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const port = process.env.PORT ?? '3978';
const service = `http://127.0.0.1:${port}`;
const botEndpoint = `${service}/api/messages`;
const playgroundPort = 56150;

async function get(url, init) {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(5000) });
    return response.ok ? response : undefined;
  } catch {
    return undefined;
  }
}

function playgroundBin() {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('@microsoft/m365agentsplayground/package.json');
  const { bin } = require('@microsoft/m365agentsplayground/package.json');
  return path.join(path.dirname(manifest), typeof bin === 'string' ? bin : bin.agentsplayground);
}

/** The tenant id and object id of a demo person, read from a dev sign-in token. */
async function demoIdentity(upn) {
  const response = await get(`${service}/_demo/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ upn }),
  });
  if (!response) return undefined;
  const { access_token: token } = await response.json();
  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
  return { tenantId: claims.tid, aadObjectId: claims.oid };
}

/** A Playground config file making the chat come from the demo tenant; undefined outside demo mode. */
async function demoPlaygroundConfig() {
  const people = await get(`${service}/_demo/people`);
  if (!people) return undefined;
  const { personas } = await people.json();
  const wanted = process.env.PLAYGROUND_UPN?.toLowerCase();
  const me =
    personas.find((p) => p.userPrincipalName.toLowerCase() === wanted) ??
    personas.find((p) => p.persona === 'mentee') ??
    personas[0];
  if (!me) return undefined;
  const users = [];
  for (const person of [me, ...personas.filter((p) => p !== me)]) {
    const identity = await demoIdentity(person.userPrincipalName);
    if (identity) users.push({ ...person, ...identity });
  }
  if (users.length === 0) return undefined;
  const [current, ...others] = users;
  // JSON strings are valid YAML scalars, so names with accents or quotes need no escaping.
  const q = JSON.stringify;
  const user = (u, i, indent) =>
    [
      `id: ${q(`user-${i}`)}`,
      `name: ${q(u.displayName)}`,
      `givenName: ${q(u.displayName.split(' ')[0])}`,
      `surname: ${q(u.displayName.split(' ').slice(1).join(' ') || u.displayName)}`,
      `userPrincipleName: ${q(u.userPrincipalName)}`,
      `aadObjectId: ${q(u.aadObjectId)}`,
      `email: ${q(u.userPrincipalName)}`,
    ].join(`\n${indent}`);
  const yaml = [
    'version: "0.1.1"',
    `tenantId: ${q(current.tenantId)}`,
    'bot:',
    '  id: "28:binome-local"',
    '  name: "Binôme"',
    'currentUser:',
    `  ${user(current, 0, '  ')}`,
    'users:',
    ...others.map((u, i) => `  - ${user(u, i + 1, '    ')}`),
    'personalChat:',
    '  id: "personal-chat"',
    'groupChat:',
    '  id: "group-chat"',
    '  name: "Binôme group chat"',
    'team:',
    '  id: "team-id"',
    '  name: "Binôme programme"',
    '  aadGroupId: "00000000-0000-4000-8000-000000000031"',
    '  channels:',
    '    - id: "channel-general-id"',
    '      name: "General"',
    '',
  ].join('\n');
  const dir = path.join(tmpdir(), 'binome-playground');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'm365agentsplayground.yml');
  writeFileSync(file, yaml);
  return { file, dir, me: current };
}

if (!(await get(`${service}/healthz`))) {
  console.error(
    [
      `Binôme does not answer on ${service}/healthz.`,
      'Start it first, in another terminal:',
      '  npm run dev        (or: npm start)',
      `then run \`npm run playground\` again. Set PORT if the service listens on another port than ${port}.`,
    ].join('\n'),
  );
  process.exit(1);
}

const demo = await demoPlaygroundConfig();
const env = { ...process.env, BOT_ENDPOINT: botEndpoint, TEAMSAPPTESTER_BROWSER: 'none' };
const lines = [
  `Binôme answers on ${service}; starting the Agents Playground (Teams) against ${botEndpoint}.`,
];
if (demo) {
  env.M365_AGENTS_PLAYGROUND_CONFIG_PATH = demo.file;
  lines.push(
    `Demo mode: you chat as ${demo.me.displayName} (${demo.me.userPrincipalName}); PLAYGROUND_UPN picks someone else.`,
  );
} else {
  lines.push(
    'Not in demo mode: the Playground speaks for its own sample tenant, which the bot ignores in tenant mode,',
    'and its activities are unsigned, which the bot refuses when MICROSOFT_APP_ID is set.',
  );
}
// The Playground writes its log under the working directory unless told otherwise.
env.M365_AGENTS_PLAYGROUND_LOGFILE = path.join(demo?.dir ?? tmpdir(), 'm365agentsplayground.log');
lines.push(
  `Open http://localhost:${playgroundPort} in a browser (its language sets the bot's: French for fr-*).`,
  'Try: say "aide" or "help"; the welcome card comes when the Playground adds the bot. Stop with Ctrl+C.',
  '',
);
console.log(lines.join('\n'));

const child = spawn(
  process.execPath,
  [playgroundBin(), '-c', 'msteams', '-p', String(playgroundPort), '--dt'],
  {
    stdio: 'inherit',
    env,
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  if (code)
    console.error(
      `The Agents Playground stopped (exit code ${code}); its log: ${env.M365_AGENTS_PLAYGROUND_LOGFILE}`,
    );
  process.exit(code ?? (signal ? 1 : 0));
});
