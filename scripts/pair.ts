/**
 * `npm run --silent pair -- instance.json` (or `-` for stdin): pairs the most mentees, then the best
 * total, and prints {"pairs": [[menteeId, mentorId], …], "total": …} (pairs in mentee order).
 * Exit code 2 with a message on stderr when the instance cannot be read or is malformed.
 */
import { readFileSync } from 'node:fs';
import { solvePairing } from '../api/src/domain/pairing/solver/index';
import { InstanceError, parseInstance } from './pair-instance';

function fail(message: string): never {
  process.stderr.write(`pair: ${message}\n`);
  process.exit(2);
}

const [path] = process.argv.slice(2);
if (!path) fail('usage: pair <instance.json | ->');
let text: string;
try {
  text = readFileSync(path === '-' ? 0 : path, 'utf8');
} catch (error) {
  fail(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
}
try {
  const instance = parseInstance(text, path === '-' ? 'stdin' : path);
  const solution = solvePairing({ ...instance, scores: { kind: 'dense', scores: instance.scores } });
  process.stdout.write(`${JSON.stringify({ pairs: solution.pairs, total: solution.total })}\n`);
} catch (error) {
  if (error instanceof InstanceError) fail(error.message);
  throw error;
}
