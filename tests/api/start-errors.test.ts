import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** What a person sees when `npm start` meets a bad setting: the process stops and names the variable. */
describe('starting with a bad configuration', () => {
  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ TENANT_ID: '11111111-2222-4333-8444-555555555555' }, 'CLIENT_ID'],
    [{ DATABASE_URL: 'sqlite://file.db' }, 'DATABASE_URL'],
  ])('%j stops the start and names %s', (env, variable) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
      env: { PATH: process.env.PATH, ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(78);
    expect(result.stderr).toContain(`${variable}:`);
    expect(result.stderr).toContain('configuration is not valid');
  });
});
