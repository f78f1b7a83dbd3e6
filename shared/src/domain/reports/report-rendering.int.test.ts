import path from 'node:path';
import { RAG_KEY, ragForStatus } from '../actions/rag';
import { renderTablesDocx } from './render-table-docx';
import { REPORT_CATALOGUE } from './report-catalogue';
import type { ReportTable } from './report-table';
import { countColourPixels, printedWords, renderDocxWithLibreOffice } from './testing/render-docx-with-libreoffice';
import { startReportServer, type ReportServer } from './testing/start-report-server';

const OUT_DIR = path.resolve(__dirname, '../../../test-output/addin');
const FILLS = RAG_KEY.map((rag) => rag.fill);

let server: ReportServer;
beforeAll(async () => {
  server = await startReportServer();
});
afterAll(async () => {
  await server?.close();
});

async function downloadDocx(path: string): Promise<Buffer> {
  const response = await server.call('sarah.lewis', path);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

/** The row of the rendered text that holds an action's reference. */
const lineOf = (text: string, reference: string) => text.split('\n').find((line) => line.trim().startsWith(`${reference} `)) ?? '';

describe('the action plan as LibreOffice renders the .docx (a stand-in for Word)', () => {
  it('shows the caption, every action with its RAG in words and in colour; after a refresh, the change', async () => {
    const actions = ((await (await server.call('sarah.lewis', '/api/v1/actions?year=2026/27&source=strategy')).json()) as any).items as any[];
    const onTrack = actions.find((action) => action.status === 'on_track');
    expect(onTrack).toBeDefined();

    const before = await renderDocxWithLibreOffice(await downloadDocx('/api/v1/reports/tables/action-plan?year=2026/27&format=docx'), OUT_DIR, 'action-plan-before');
    expect(before.text).toMatch(/ICT action plan 2026\/27: \d+ actions – data as at \d{1,2} \w+ \d{4}, \d{2}:\d{2}/);
    expect(before.text).toMatch(/Status[\s\S]*\(RAG\)/);
    for (const action of actions) expect(lineOf(before.text, action.reference)).toContain(ragForStatus(action.status).label.split(' – ')[0]);
    expect(before.text).toMatch(/Key:\s+Grey – not started\s+Green – on track\s+Amber – at risk\s+Red – off track\s+Blue – complete/);
    expect(before.pngs.length).toBeGreaterThan(0);
    const pixelsBefore = countColourPixels(before.pngs, FILLS);
    // Every status present in the plan (and the key) shows its fill colour.
    for (const rag of RAG_KEY) expect(pixelsBefore[rag.fill]).toBeGreaterThan(50);

    // Someone records that the action is now off track; the author refreshes.
    const patched = await server.call('tom.reed', `/api/v1/actions/${onTrack.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'If-Match': onTrack.etag },
      body: JSON.stringify({ status: 'off_track', progressNote: 'Supplier has gone into administration & <b>no</b> replacement yet' }),
    });
    expect(patched.status).toBe(200);

    const after = await renderDocxWithLibreOffice(await downloadDocx('/api/v1/reports/tables/action-plan?year=2026/27&format=docx'), OUT_DIR, 'action-plan-after');
    expect(lineOf(before.text, onTrack.reference)).toContain('Green');
    expect(lineOf(after.text, onTrack.reference)).toContain('Red');
    expect(lineOf(after.text, onTrack.reference)).not.toContain('Green');
    const pixelsAfter = countColourPixels(after.pngs, FILLS);
    const red = ragForStatus('off_track').fill;
    const green = ragForStatus('on_track').fill;
    expect(pixelsAfter[red]!).toBeGreaterThan(pixelsBefore[red]! + 50);
    expect(pixelsAfter[green]!).toBeLessThan(pixelsBefore[green]! - 50);
  }, 180_000);

  it('renders every table in the catalogue, each with its caption and header row, for a person to look at', async () => {
    const tables = await Promise.all(
      REPORT_CATALOGUE.map(async (entry) => {
        const response = await server.call('sarah.lewis', `/api/v1/reports/tables/${entry.key}`);
        expect(response.status).toBe(200);
        return (await response.json()) as ReportTable;
      }),
    );
    const rendered = await renderDocxWithLibreOffice(await renderTablesDocx(tables, 'Entrance Hall – every table'), OUT_DIR, 'every-table');
    const text = rendered.text.replace(/\s+/g, ' ');
    for (const table of tables) {
      expect(text).toContain(table.caption.replace(/\s+/g, ' '));
      expect(text).toContain(table.columns[0]!.label);
    }
    expect(rendered.pngs.length).toBeGreaterThan(1);
  }, 180_000);
});

describe('every table printed on A4 portrait, as a clerk would check it', () => {
  /** Words a reader would call broken if split: no hyphen or slash to break at, short enough to fit any column. */
  const wholeWords = (table: ReportTable) =>
    [...table.columns.map((column) => column.label), ...table.rows.flatMap((row) => row.map((cell) => cell.text))]
      .flatMap((text) => text.split(/\s+/))
      .filter((word) => word.length > 0 && word.length <= 15 && !/[-/–]/.test(word));
  /** How often each word occurs: a word broken in one cell is not hidden by the same word whole in the caption or key. */
  const countWords = (list: readonly string[]) => list.reduce((counts, word) => counts.set(word, (counts.get(word) ?? 0) + 1), new Map<string, number>());

  /** Choices that keep every table non-empty whatever today's date (the demo meetings are in late 2026 and early 2027). */
  const QUERIES: Partial<Record<string, string>> = { 'committee-timetable': '?from=2026-01-01' };

  it.each(REPORT_CATALOGUE.map((entry) => entry.key))('%s: no word broken across lines, numbers right-aligned', async (key) => {
    const response = await server.call('sarah.lewis', `/api/v1/reports/tables/${key}${QUERIES[key] ?? ''}`);
    const table = (await response.json()) as ReportTable;
    expect(table.rows.length).toBeGreaterThan(0);
    const rendered = await renderDocxWithLibreOffice(await renderTablesDocx([table]), OUT_DIR, `a4-${key}`);
    const words = await printedWords(rendered.pdf);
    const printed = countWords(words.map((word) => word.text));
    const broken = [...countWords(wholeWords(table))].filter(([word, count]) => (printed.get(word) ?? 0) < count).map(([word]) => word);
    expect(broken).toEqual([]);
    // A key of definitions (the audit summary's assurance levels) prints under its table, every level in words.
    for (const item of table.legend?.filter((candidate) => candidate.definition) ?? []) expect(rendered.text.replace(/\s+/g, ' ')).toContain(`${item.label}: ${item.definition}`);

    // Right-aligned: in each numeric column, every number ends at the same x (within a point), whatever its length.
    table.columns.forEach((column, index) => {
      if (!column.numeric) return;
      const firstWord = (cell: { text: string }) => cell.text.split(/\s+/)[0]!;
      const ends = table.rows.map((row) => {
        const value = firstWord(row[index]!);
        // The same number can appear in several columns of a row (a summary's 0s): take the occurrence in this column.
        const occurrence = row.slice(1, index).filter((cell) => firstWord(cell) === value).length;
        // The row's label as printed in the body (a total row's "Total" is also a column heading): the one with the value beside it.
        const valuesBeside = (label: (typeof words)[number]) =>
          words.filter((word) => word.text === value && word.page === label.page && Math.abs(word.yMin - label.yMin) < 2 && word.xMin > label.xMin).sort((a, b) => a.xMin - b.xMin);
        const box = words
          .filter((word) => word.text === firstWord(row[0]!))
          .map((label) => valuesBeside(label)[occurrence])
          .find((candidate) => candidate !== undefined);
        expect(box).toBeDefined();
        return box!.xMax;
      });
      expect(Math.max(...ends) - Math.min(...ends)).toBeLessThan(1.5);
    });
  }, 120_000);
});
