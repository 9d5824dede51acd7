const m = 6000;
const x = new Float64Array(8*m).map(() => Math.random());
const out = new Float64Array(m);
function a() { for (let s = 0; s < 8; s++) { const base = s * m; for (let j = 0; j < m; j++) out[j] += 0.5 * x[base + j]; } }
function c(o, xs) { for (let s = 0; s < 8; s++) { const base = s * m; for (let j = 0; j < m; j++) o[j] += 0.5 * xs[base + j]; } }
for (let r = 0; r < 3; r++) { let t = performance.now(); for (let i = 0; i < 2000; i++) a(); console.log('a', ((performance.now() - t) * 1e6) / (2000 * m * 8)); t = performance.now(); for (let i = 0; i < 2000; i++) c(out, x); console.log('c', ((performance.now() - t) * 1e6) / (2000 * m * 8)); }
