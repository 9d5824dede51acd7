#!/usr/bin/env node
// `npm test`: lint, type-check, build the tab, then every test (unit, integration, bot, browser)
// on the embedded database and, when one answers on 127.0.0.1:5432, on a PostgreSQL server too.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const run = (command, args, env = process.env) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path && existsSync(path));
}

function ensureChromium() {
  if (chromiumPath()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Browser tests need Chromium: installing Debian’s chromium package…');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'], {
      ...process.env,
      DEBIAN_FRONTEND: 'noninteractive',
    });
    return;
  }
  console.error(
    'Browser tests need Chromium. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.',
  );
  process.exit(1);
}

function portOpen(host, port) {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 1000 });
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

ensureChromium();
const env = { ...process.env };
if (!env.TEST_DATABASE_URL && (await portOpen('127.0.0.1', 5432))) {
  env.TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';
}
console.log(
  env.TEST_DATABASE_URL
    ? `Database tests: embedded PGlite and the PostgreSQL server at ${new URL(env.TEST_DATABASE_URL).host}`
    : 'Database tests: embedded PGlite only (no PostgreSQL server on 127.0.0.1:5432; set TEST_DATABASE_URL to add one)',
);
run('npx', ['biome', 'check', '.']);
run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
run('npx', ['vite', 'build', '--config', 'tab/vite.config.ts', '--logLevel', 'warn']);
const results = path.join(mkdtempSync(path.join(tmpdir(), 'binome-test-')), 'results.json');
const vitest = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${results}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env },
);
if (existsSync(results)) {
  const summary = JSON.parse(readFileSync(results, 'utf8'));
  console.log(
    `\nTests: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${summary.numPendingTests} skipped`,
  );
}
process.exit(vitest.status ?? 1);
