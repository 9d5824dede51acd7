/**
 * Pairing benchmark: each size runs in a child process (its own heap, its own peak-memory figure)
 * and prints one JSON line. Default sizes go up to 30,000 × 18,000; `--large` adds 100,000 × 60,000.
 * `app` lines are whole matchings of the product, on its matching thread (see `pairing-size.ts`).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const child = fileURLToPath(new URL('./pairing-size.ts', import.meta.url));

function figure(args: string[], maxOldSpaceMB: number): void {
  const result = spawnSync(
    process.execPath,
    [`--max-old-space-size=${maxOldSpaceMB}`, '--import', 'tsx', child, ...args],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (result.status === 0) process.stdout.write(result.stdout);
  else
    process.stdout.write(`${JSON.stringify({ bench: 'pairing', args, error: `exit ${result.status}` })}\n`);
}

export function runPairingBench(argv: readonly string[]): void {
  figure(['resolve', '600', '400'], 512);
  figure(['1000', '600', '--dense'], 1024);
  // The dense check at 3,000 × 1,800 (8,400 columns, ~7.6e10 steps) would take far over 60 s: skipped.
  figure(['3000', '1800', '--again'], 1024);
  figure(['10000', '6000', '--again'], 1024);
  figure(['30000', '18000', '--again'], 2048);
  figure(['app', '3000', '2000', '--inline'], 2048);
  if (argv.includes('--large')) {
    figure(['100000', '60000'], 4096);
    figure(['app', '10000', '6000'], 4096);
  }
}
