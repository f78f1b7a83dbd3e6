import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PNG } from 'pngjs';

const run = promisify(execFile);

async function runTool(command: string, args: string[], hint: string): Promise<string> {
  try {
    const { stdout } = await run(command, args, { timeout: 90_000, maxBuffer: 20 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`${command} is not installed; this test needs it (${hint}).`, { cause: error });
    throw error;
  }
}

export interface RenderedDocument {
  pdf: string;
  text: string;
  pngs: string[];
}

/**
 * Renders a .docx as a person would see it: LibreOffice (a stand-in for Word) to PDF, poppler's
 * pdftotext for the words and pdftoppm for page pictures, all kept under `outDir` to look at.
 */
export async function renderDocxWithLibreOffice(docx: Buffer, outDir: string, name: string): Promise<RenderedDocument> {
  mkdirSync(outDir, { recursive: true });
  const docxPath = path.join(outDir, `${name}.docx`);
  writeFileSync(docxPath, docx);
  // A profile of its own, so parallel or leftover LibreOffice instances never block this one.
  const profile = mkdtempSync(path.join(os.tmpdir(), 'eh-lo-'));
  try {
    await runTool('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, docxPath], 'apt-get install libreoffice-writer-nogui');
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = path.join(outDir, `${name}.pdf`);
  const text = await runTool('pdftotext', ['-layout', pdf, '-'], 'apt-get install poppler-utils');
  for (const file of readdirSync(outDir).filter((file) => file.startsWith(`${name}-page`) && file.endsWith('.png'))) rmSync(path.join(outDir, file));
  await runTool('pdftoppm', ['-png', '-r', '60', pdf, path.join(outDir, `${name}-page`)], 'apt-get install poppler-utils');
  const pngs = readdirSync(outDir)
    .filter((file) => file.startsWith(`${name}-page`) && file.endsWith('.png'))
    .sort()
    .map((file) => path.join(outDir, file));
  return { pdf, text, pngs };
}

/** How many pixels of each colour (hex, no '#') the pictures hold, within a small tolerance. */
export function countColourPixels(pngs: readonly string[], colours: readonly string[]): Record<string, number> {
  const targets = colours.map((hex) => ({ hex, rgb: [0, 2, 4].map((offset) => parseInt(hex.slice(offset, offset + 2), 16)) }));
  const counts: Record<string, number> = Object.fromEntries(colours.map((hex) => [hex, 0]));
  for (const file of pngs) {
    const png = PNG.sync.read(readFileSync(file));
    for (let index = 0; index < png.data.length; index += 4) {
      for (const target of targets) {
        if (target.rgb.every((value, channel) => Math.abs(png.data[index + channel]! - value) <= 2)) counts[target.hex]! += 1;
      }
    }
  }
  return counts;
}

/** One word as printed: its text and its box on the page, in points. */
export interface PrintedWord {
  text: string;
  page: number;
  xMin: number;
  xMax: number;
  yMin: number;
}

/** Every word of the PDF with where it was printed (poppler's `pdftotext -bbox`), to check alignment and broken words. */
export async function printedWords(pdf: string): Promise<PrintedWord[]> {
  const html = await runTool('pdftotext', ['-bbox', pdf, '-'], 'apt-get install poppler-utils');
  const words: PrintedWord[] = [];
  html.split('<page ').slice(1).forEach((pageHtml, page) => {
    for (const match of pageHtml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) {
      const text = match[4]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;|&#39;/g, "'");
      words.push({ text, page, xMin: Number(match[1]), yMin: Number(match[2]), xMax: Number(match[3]) });
    }
  });
  return words;
}
