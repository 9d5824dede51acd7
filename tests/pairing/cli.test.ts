import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'pair-cli-'));

function pair(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/pair.ts', ...args], {
    encoding: 'utf8',
    input,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const instance = {
  mentors: [
    { id: 'xavier', capacity: 1 },
    { id: 'yasmine', capacity: 2 },
  ],
  mentees: [{ id: 'anne' }, { id: 'bruno' }, { id: 'chloé' }],
  scores: [
    [90, 80],
    [70, null],
    [null, 10.5],
  ],
};

describe('pair CLI', () => {
  it('pairs the most mentees, then the best total, in mentee order', () => {
    const result = pair([file('ok.json', instance)]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      pairs: [
        ['anne', 'yasmine'],
        ['bruno', 'xavier'],
        ['chloé', 'yasmine'],
      ],
      total: 160.5,
    });
  });

  it('reads the instance from stdin with -', () => {
    const result = pair(['-'], JSON.stringify(instance));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).total).toBe(160.5);
  });

  describe('refuses malformed instances, saying what and where', () => {
    const cases: [string, unknown, RegExp][] = [
      ['bad JSON', '{"mentors": [\n  {"id": "x",, }]}', /invalid JSON at line 2, column \d+/],
      [
        'a ragged matrix',
        { ...instance, scores: [[1, 2], [3], [4, 5]] },
        /scores\[1\] \(mentee "bruno"\) is 1 values/,
      ],
      [
        'a negative capacity',
        { ...instance, mentors: [{ id: 'xavier', capacity: -1 }, instance.mentors[1]] },
        /mentor "xavier" \(mentors\[0\]\) has capacity -1/,
      ],
      [
        'a fractional capacity',
        { ...instance, mentors: [instance.mentors[0], { id: 'yasmine', capacity: 1.5 }] },
        /mentor "yasmine" \(mentors\[1\]\) has capacity 1.5/,
      ],
      [
        'a duplicate id',
        { ...instance, mentees: [{ id: 'anne' }, { id: 'anne' }, { id: 'c' }] },
        /mentees\[1\] repeats the id "anne"/,
      ],
      [
        'a missing id',
        { ...instance, mentees: [{ id: 'anne' }, {}, { id: 'c' }] },
        /mentees\[1\] needs a non-empty string "id"/,
      ],
      [
        'a non-number score',
        {
          ...instance,
          scores: [
            [1, 2],
            [3, '4'],
            [5, 6],
          ],
        },
        /scores\[1\]\[1\] is "4"/,
      ],
    ];
    for (const [name, content, message] of cases) {
      it(name, () => {
        const result = pair([file(`${name.replaceAll(' ', '-')}.json`, content)]);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(message);
        expect(result.stdout).toBe('');
      });
    }

    it('a missing file', () => {
      const result = pair([join(dir, 'nope.json')]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/cannot read .*nope\.json: ENOENT/);
    });
  });
});
