const m = 6000, S = 8;
const strength = new Float64Array(S * m).map(() => Math.random());
const lang = new Int32Array(m).map(() => 1 + (Math.random() * 7 | 0));
const out = new Float64Array(m);
function a(i) { out.fill(0); for (let s = 0; s < S; s++) { const w = 0.3 * s; const base = s * m; for (let j = 0; j < m; j++) out[j] = out[j] + w * strength[base + j]; } }
function b(i) { for (let j = 0; j < m; j++) { let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(j + 0x632be5ab, 0xc2b2ae35); h = Math.imul(h ^ (h >>> 16), 0x45d9f3b); if ((3 & lang[j]) === 0 || ((h ^ (h >>> 13)) >>> 0) % 1000 < 7) { out[j] = NaN; continue; } out[j] = Math.round((out[j] + 3) * 1000) / 1000; } }
for (const [name, f] of [['a', a], ['b', b], ['a', a], ['b', b]]) { const t = performance.now(); for (let i = 0; i < 2000; i++) f(i); console.log(name, ((performance.now() - t) * 1e6) / (2000 * m)); }
