// Draws the two Teams icons with pngjs: `color.png` (192×192, the arched doorway of an entrance
// hall in white on the accent blue) and `outline.png` (32×32, the same doorway in white on
// transparent, as Teams requires). Run `node appPackage/generate-icons.mjs` after changing the
// design; the PNGs are committed and the package build only copies them.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pngjs from 'pngjs';

const { PNG } = pngjs;
const here = path.dirname(fileURLToPath(import.meta.url));

/** The accent colour of the app (also `accentColor` in the manifest). */
export const ACCENT = [0x1f, 0x5c, 0x99];

/** Inside a doorway: a rectangle topped by a half circle, in unit coordinates (0..1). */
function inDoorway(x, y, { left, right, top, bottom }) {
  const radius = (right - left) / 2;
  const centreX = left + radius;
  const archBase = top + radius;
  if (x < left || x > right || y > bottom) return false;
  if (y >= archBase) return true;
  return (x - centreX) ** 2 + (y - archBase) ** 2 <= radius ** 2;
}

/** Inside a rounded square covering the icon (the colour icon's background). */
function inRoundedSquare(x, y, radius) {
  const dx = Math.max(radius - x, 0, x - (1 - radius));
  const dy = Math.max(radius - y, 0, y - (1 - radius));
  return dx * dx + dy * dy <= radius * radius;
}

function draw(size, paint) {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  // Four samples per pixel smooth the edges of the colour icon.
  const samples = [0.25, 0.75];
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let red = 0;
      let green = 0;
      let blue = 0;
      let alpha = 0;
      for (const sy of samples) {
        for (const sx of samples) {
          const colour = paint((px + sx) / size, (py + sy) / size);
          if (!colour) continue;
          red += colour[0] * colour[3];
          green += colour[1] * colour[3];
          blue += colour[2] * colour[3];
          alpha += colour[3];
        }
      }
      const index = (py * size + px) * 4;
      png.data[index] = alpha ? Math.round(red / alpha) : 0;
      png.data[index + 1] = alpha ? Math.round(green / alpha) : 0;
      png.data[index + 2] = alpha ? Math.round(blue / alpha) : 0;
      png.data[index + 3] = Math.round(alpha / samples.length ** 2);
    }
  }
  return PNG.sync.write(png);
}

const WHITE = [255, 255, 255, 255];
const door = { left: 0.3, right: 0.7, top: 0.2, bottom: 0.8 };
const innerDoor = { left: 0.39, right: 0.61, top: 0.3, bottom: 0.8 };

/** Colour icon: white doorway with an open (accent) inner door, a step beneath, on the accent square. */
function paintColour(x, y) {
  if (!inRoundedSquare(x, y, 0.18)) return null;
  const step = y >= 0.8 && y <= 0.86 && x >= 0.22 && x <= 0.78;
  if (step) return WHITE;
  if (inDoorway(x, y, door) && !inDoorway(x, y, innerDoor)) return WHITE;
  return [...ACCENT, 255];
}

/** Outline icon: the same doorway drawn as a white line on transparent, nothing else. */
function paintOutline(x, y) {
  const step = y >= 0.84 && y <= 0.94 && x >= 0.12 && x <= 0.88;
  const outer = { left: 0.22, right: 0.78, top: 0.06, bottom: 0.84 };
  const inner = { left: 0.35, right: 0.65, top: 0.19, bottom: 0.84 };
  return step || (inDoorway(x, y, outer) && !inDoorway(x, y, inner)) ? WHITE : null;
}

writeFileSync(path.join(here, 'color.png'), draw(192, paintColour));
writeFileSync(path.join(here, 'outline.png'), draw(32, paintOutline));
process.stdout.write('Wrote appPackage/color.png (192×192) and appPackage/outline.png (32×32).\n');
