/**
 * Pairs scored per second on 10,000 mentees × 6,000 mentors (single thread), plus the time to build
 * the instance. Run: `npx tsx api/src/domain/pairing/score/score.bench.ts [mentees] [mentors]`.
 * Prints one JSON line per figure.
 */
import { buildInstance } from './instance';
import { randomPeople } from './testing/random-people';
import { pairingSettings } from './weights';

declare const process: { argv: string[]; cpuUsage(): { user: number; system: number } };
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const menteeCount = Number(process.argv[2] ?? 10_000);
const mentorCount = Number(process.argv[3] ?? 6_000);
const settings = pairingSettings({
  now: new Date('2026-06-15T10:00:00Z'),
  adminCriteria: [{ id: 'different-site', weight: 1 }],
});
const mentees = randomPeople(menteeCount, 'mentee', 1, 1);
const mentors = randomPeople(mentorCount, 'mentor', 2, 1 + menteeCount);

let t0 = performance.now();
const instance = buildInstance(mentees, mentors, settings);
const buildMs = performance.now() - t0;

const row = new Float64Array(mentorCount);
let allowed = 0;
let checksum = 0;
t0 = performance.now();
const cpu0 = cpuMs();
for (let i = 0; i < menteeCount; i++) {
  instance.fillRow(i, row);
  for (let j = 0; j < mentorCount; j++) {
    const s = row[j]!;
    if (!Number.isNaN(s)) {
      allowed++;
      checksum += s;
    }
  }
}
const scoreMs = performance.now() - t0;
// CPU time too: on a busy machine wall time also counts the time other processes held the core.
const scoreCpuMs = cpuMs() - cpu0;
const pairs = menteeCount * mentorCount;

const line = (figure: string, value: number, unit: string) =>
  console.log(
    JSON.stringify({ bench: 'pairing-score', figure, value: Math.round(value * 1000) / 1000, unit }),
  );
line('build-instance', buildMs, 'ms');
line('pairs-per-second', pairs / (scoreMs / 1000), 'pairs/s');
line('ns-per-pair', (scoreMs * 1e6) / pairs, 'ns');
line('pairs-per-cpu-second', pairs / (scoreCpuMs / 1000), 'pairs/s');
line('allowed-share', allowed / pairs, 'ratio');
line('checksum', checksum / Math.max(1, allowed), 'mean score');
