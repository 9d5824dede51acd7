import { resolvePairing, solvePairing } from './api/src/domain/pairing/solver/index';
import { pairingInstance } from './tests/bench/pairing-instances';
const inst = pairingInstance(600, 400, 99);
const p = { mentees: Array.from({ length: 600 }, (_, i) => `e${i}`), mentors: Array.from(inst.capacities, (c, j) => ({ id: `m${j}`, capacity: c })), scores: { kind: 'row' as const, fillRow: inst.fillRow } };
let t = performance.now();
const first = solvePairing(p);
console.log('solve', performance.now() - t, first.certificate);
for (let r = 0; r < 4; r++) {
  const [e, m] = first.pairs[100 + r]!;
  t = performance.now();
  const next = resolvePairing(first, { kind: 'forbid', mentee: e, mentor: m });
  console.log('forbid', performance.now() - t, next.certificate);
}
