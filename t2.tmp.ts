import { pairingInstance } from './tests/bench/pairing-instances';
const inst = pairingInstance(2000, 6000);
const row = new Float64Array(6000);
for (let rep = 0; rep < 3; rep++) {
  const t = performance.now();
  for (let i = 0; i < 2000; i++) inst.fillRow(i, row);
  console.log('ns/pair', ((performance.now() - t) * 1e6) / 1.2e7);
}
