// Draws Binôme's two app icons (a pair: two overlapping circles) and writes them as PNG files.
// Node only (zlib + a minimal PNG encoder), so anyone can regenerate them: `node scripts/make-icons.mjs`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Brand colour; the manifest's accentColor uses the same value. */
export const ACCENT = [0x0e, 0x7c, 0x86];
const MINT = [0x9f, 0xe6, 0xd8];
const WHITE = [0xff, 0xff, 0xff];

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes 8-bit RGBA pixels (row-major, 4 bytes each) as a PNG, every row with filter 0. */
export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Renders a picture given as a function of a point in [0,1]² returning [r,g,b,a] (0–255, a 0–1),
 * with 4×4 supersampling for smooth edges.
 */
function render(size, paint) {
  const out = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const [pr, pg, pb, pa] = paint((x + (sx + 0.5) / n) / size, (y + (sy + 0.5) / n) / size);
          r += pr * pa;
          g += pg * pa;
          b += pb * pa;
          a += pa;
        }
      }
      const i = (y * size + x) * 4;
      out[i] = a ? Math.round(r / a) : 0;
      out[i + 1] = a ? Math.round(g / a) : 0;
      out[i + 2] = a ? Math.round(b / a) : 0;
      out[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return out;
}

const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

// Two circles side by side, overlapping in the middle: the mentor and the mentee.
const LEFT = { cx: 0.39, cy: 0.5, r: 0.22 };
const RIGHT = { cx: 0.61, cy: 0.5, r: 0.22 };

/** Full-colour icon: solid accent square, a white and a mint circle, their overlap in accent-tinted white. */
function paintColor(x, y) {
  const inLeft = inCircle(x, y, LEFT.cx, LEFT.cy, LEFT.r);
  const inRight = inCircle(x, y, RIGHT.cx, RIGHT.cy, RIGHT.r);
  if (inLeft && inRight) return [...MINT.map((v, i) => Math.round((v + ACCENT[i]) / 2)), 1];
  if (inLeft) return [...WHITE, 1];
  if (inRight) return [...MINT, 1];
  return [...ACCENT, 1];
}

/** Outline icon: white rings on a transparent background, nothing else (Teams' rule for outline icons). */
function paintOutline(x, y) {
  const stroke = 0.075;
  const onRing = ({ cx, cy, r }) => inCircle(x, y, cx, cy, r) && !inCircle(x, y, cx, cy, r - stroke);
  const big = { r: 0.3 };
  const left = { ...big, cx: 0.35, cy: 0.5 };
  const right = { ...big, cx: 0.65, cy: 0.5 };
  return onRing(left) || onRing(right) ? [...WHITE, 1] : [...WHITE, 0];
}

export function makeIcons() {
  return {
    color: encodePng(192, 192, render(192, paintColor)),
    outline: encodePng(32, 32, render(32, paintOutline)),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { color, outline } = makeIcons();
  writeFileSync(path.join(root, 'appPackage', 'color.png'), color);
  writeFileSync(path.join(root, 'appPackage', 'outline.png'), outline);
  console.log('Wrote appPackage/color.png (192×192) and appPackage/outline.png (32×32).');
}
