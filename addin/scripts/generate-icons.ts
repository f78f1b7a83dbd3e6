import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';

/** The icon sizes the Word manifest names (task pane and ribbon, 100 % to high DPI). */
export const ICON_SIZES = [16, 32, 64, 80] as const;

const NAVY = [0x1f, 0x38, 0x64];
const WHITE = [0xff, 0xff, 0xff];
const AMBER = [0xff, 0xe6, 0x99];
const GREEN = [0xc6, 0xef, 0xce];

/**
 * Draws the Entrance Hall table icon at one size: a navy tile with a white table whose header row
 * is navy and whose status cells carry the RAG colours — crisp at every size, no fonts needed.
 */
export function drawIcon(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  const radius = Math.max(2, Math.round(size / 8));
  const margin = Math.max(2, Math.round(size * 0.16));
  const rows = 4;
  const inner = size - 2 * margin;
  const rowHeight = inner / rows;
  const line = Math.max(1, Math.round(size / 32));
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const index = (y * size + x) * 4;
      // Rounded corners stay transparent.
      const cx = Math.min(x, size - 1 - x);
      const cy = Math.min(y, size - 1 - y);
      const outside = cx < radius && cy < radius && (radius - cx - 0.5) ** 2 + (radius - cy - 0.5) ** 2 > radius ** 2;
      let colour = NAVY;
      const inTable = x >= margin && x < size - margin && y >= margin && y < size - margin;
      if (inTable) {
        const row = Math.min(rows - 1, Math.floor((y - margin) / rowHeight));
        const onRowLine = (y - margin) % rowHeight < line && row > 0;
        const splitX = margin + Math.round(inner * 0.62);
        const onColumnLine = Math.abs(x - splitX) < line && row > 0;
        if (row === 0) colour = y - margin < rowHeight - line ? NAVY : WHITE;
        else if (onRowLine || onColumnLine) colour = NAVY;
        else if (x > splitX) colour = row % 2 === 1 ? GREEN : AMBER;
        else colour = WHITE;
        if (row === 0 && (x === margin || x === size - margin - 1)) colour = WHITE;
      }
      png.data[index] = colour[0]!;
      png.data[index + 1] = colour[1]!;
      png.data[index + 2] = colour[2]!;
      png.data[index + 3] = outside ? 0 : 255;
    }
  }
  return PNG.sync.write(png);
}

/** `npm run icons -w addin`: writes public/assets/icon-<size>.png (committed; Vite copies them into dist). */
function main(): void {
  const directory = path.resolve(__dirname, '../public/assets');
  mkdirSync(directory, { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(path.join(directory, `icon-${size}.png`), drawIcon(size));
}

if (require.main === module) main();
