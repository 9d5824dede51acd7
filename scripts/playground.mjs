#!/usr/bin/env node
// Chat with the bot without Teams: starts the Microsoft 365 Agents Playground against the running
// service's /api/messages. It works offline and needs no app registration (the bot runs without
// an app id locally, so the Playground's unsigned activities are accepted).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const port = process.env.PORT ?? '3978';
const service = `http://127.0.0.1:${port}`;
const botEndpoint = `${service}/api/messages`;
const playgroundPort = 56150;

async function serviceIsUp() {
  try {
    const response = await fetch(`${service}/healthz`, { signal: AbortSignal.timeout(3000) });
    return response.ok;
  } catch {
    return false;
  }
}

function playgroundBin() {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('@microsoft/m365agentsplayground/package.json');
  const { bin } = require('@microsoft/m365agentsplayground/package.json');
  return path.join(path.dirname(manifest), typeof bin === 'string' ? bin : bin.agentsplayground);
}

if (!(await serviceIsUp())) {
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

console.log(
  [
    `Binôme answers on ${service}; starting the Agents Playground (Teams channel) against ${botEndpoint}.`,
    `Open http://localhost:${playgroundPort} in a browser to chat with the bot (stop with Ctrl+C).`,
    'Try: install the app (the welcome card), then say "help" or "aide".',
    '',
  ].join('\n'),
);

const child = spawn(
  process.execPath,
  [playgroundBin(), '-c', 'msteams', '-p', String(playgroundPort), '--disable-telemetry'],
  {
    stdio: 'inherit',
    env: { ...process.env, BOT_ENDPOINT: botEndpoint, TEAMSAPPTESTER_BROWSER: 'none' },
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
