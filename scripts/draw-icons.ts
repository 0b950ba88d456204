// `npm run icons`: draws Micromentor's icons (two people joined by a short bar: a brief, focused
// exchange) into manifest/icons/. The PNGs are committed; tests check their sizes.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

export const ACCENT = { r: 0x5b, g: 0x5f, b: 0xc7 };
type Rgba = [number, number, number, number];

/** Coverage of a pixel by the glyph, in a unit square (0..1 coordinates), with 4×4 supersampling. */
function glyphCoverage(x: number, y: number, size: number): number {
  let inside = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const u = (x + (sx + 0.5) / 4) / size;
      const v = (y + (sy + 0.5) / 4) / size;
      const head = (cx: number, cy: number, r: number) => (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
      const body = (cx: number, top: number) => v >= top && v <= 0.78 && Math.abs(u - cx) <= 0.13 - (0.78 - v) * 0.05;
      const bar = v >= 0.5 && v <= 0.58 && u >= 0.36 && u <= 0.64;
      if (head(0.3, 0.33, 0.11) || head(0.7, 0.33, 0.11) || body(0.3, 0.48) || body(0.7, 0.48) || bar) inside++;
    }
  }
  return inside / 16;
}

function roundedSquare(x: number, y: number, size: number, radius: number): boolean {
  const cx = Math.min(Math.max(x + 0.5, radius), size - radius);
  const cy = Math.min(Math.max(y + 0.5, radius), size - radius);
  return (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= radius * radius;
}

/** Full-colour icon: white glyph on the accent colour. */
export function drawColorIcon(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const c = glyphCoverage(x, y, size);
      const inSquare = roundedSquare(x, y, size, size * 0.18);
      const px: Rgba = inSquare
        ? [Math.round(ACCENT.r + (255 - ACCENT.r) * c), Math.round(ACCENT.g + (255 - ACCENT.g) * c), Math.round(ACCENT.b + (255 - ACCENT.b) * c), 255]
        : [0, 0, 0, 0];
      png.data.set(px, (y * size + x) * 4);
    }
  }
  return PNG.sync.write(png);
}

/** Outline icon as Teams requires: white on a transparent background. */
export function drawOutlineIcon(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      png.data.set([255, 255, 255, Math.round(255 * glyphCoverage(x, y, size))], (y * size + x) * 4);
    }
  }
  return PNG.sync.write(png);
}

export const ICON_FILES = {
  'color.png': () => drawColorIcon(192),
  'outline.png': () => drawOutlineIcon(32),
  'icon-16.png': () => drawColorIcon(16),
  'icon-32.png': () => drawColorIcon(32),
  'icon-80.png': () => drawColorIcon(80),
} as const;

if (require.main === module) {
  const dir = path.join(__dirname, '..', 'manifest', 'icons');
  mkdirSync(dir, { recursive: true });
  for (const [name, draw] of Object.entries(ICON_FILES)) writeFileSync(path.join(dir, name), draw());
  console.log(`Icons written to ${dir}`);
}
