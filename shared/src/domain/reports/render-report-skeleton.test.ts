import { DOMParser } from '@xmldom/xmldom';
import { draftRecommendations, renderReportSkeletonOoxml } from './render-report-skeleton';
import { W_NS } from './render-table-ooxml';
import { buildTableTag } from './table-tag';
import { HOSTILE, buildEveryFixtureTable } from './testing/report-fixtures';

const tables = buildEveryFixtureTable();
const input = {
  organisationName: `Ashcombe ${HOSTILE}`,
  meeting: { title: 'Policy and Resources Committee', startsAt: '2026-12-09T18:00:00.000Z' },
  tables: { 'action-plan': tables['action-plan'], pipeline: tables.pipeline, portfolio: tables.portfolio, risks: tables.risks, decisions: tables.decisions, 'audit-actions': tables['audit-actions'] },
};

function parse(xml: string): Document {
  const problems: string[] = [];
  const document = new DOMParser({ errorHandler: { warning: (message) => problems.push(message), error: (message) => problems.push(message), fatalError: (message) => problems.push(message) } }).parseFromString(xml, 'text/xml');
  expect(problems).toEqual([]);
  return document as unknown as Document;
}
const all = (node: Document | Element, name: string) => Array.from(node.getElementsByTagNameNS(W_NS, name));
const textOf = (element: Element) => all(element, 't').map((t) => t.textContent ?? '').join('');

describe('the committee report skeleton', () => {
  const document = parse(renderReportSkeletonOoxml(input));
  const body = all(document, 'body')[0]!;
  const headings = all(body, 'p').filter((p) => all(p, 'pStyle')[0]?.getAttribute('w:val') === 'Heading1').map(textOf);

  it('has the council report sections in order, as real headings', () => {
    expect(headings).toEqual([
      '1. Purpose of the report',
      '2. Recommendations',
      '3. Background',
      '4. Financial implications',
      '5. Legal implications',
      '6. Risk implications',
      '7. Equalities implications',
      '8. Appendices',
      'Background papers',
    ]);
  });

  it('fills the front sheet from the meeting, and leaves bracketed prompts for the rest', () => {
    const front = all(body, 'tbl')[0]!;
    const rows = all(front, 'tr').map((row) => all(row, 'tc').map(textOf));
    expect(rows).toEqual([
      ['Meeting', 'Policy and Resources Committee'],
      ['Date', '9 December 2026'],
      ['Report reference', '[Reference]'],
      ['Decision maker', 'Policy and Resources Committee'],
      ['Classification', 'Open'],
      ['Wards affected', 'All wards'],
      ['Key decision', '[Yes or No, with the forward plan reference]'],
      ['Lead officer', '[Name, job title, email]'],
    ]);
    expect(all(front, 'sdt')).toHaveLength(0);
  });

  it('puts each live table in its section, each in its own tagged content control', () => {
    const sectionOf = (tag: string) => {
      let section = '';
      for (const node of Array.from(body.childNodes) as Element[]) {
        if (node.localName === 'p' && all(node, 'pStyle')[0]?.getAttribute('w:val') === 'Heading1') section = textOf(node);
        if (node.localName === 'sdt' && all(node, 'tag')[0]?.getAttribute('w:val') === tag) return section;
      }
      return undefined;
    };
    const tagOf = (key: keyof typeof input.tables) => buildTableTag(input.tables[key].key, input.tables[key].choices);
    expect(sectionOf(tagOf('action-plan'))).toBe('3. Background');
    expect(sectionOf(tagOf('pipeline'))).toBe('3. Background');
    expect(sectionOf(tagOf('portfolio'))).toBe('4. Financial implications');
    expect(sectionOf(tagOf('risks'))).toBe('6. Risk implications');
    expect(sectionOf(tagOf('decisions'))).toBe('8. Appendices');
    expect(sectionOf(tagOf('audit-actions'))).toBe('8. Appendices');
  });

  it('drafts a recommendation for each request awaiting a decision, from the table’s own words, escaped', () => {
    const recommendations = draftRecommendations(input.tables);
    expect(recommendations).toHaveLength(tables.pipeline.rows.length + 2);
    expect(recommendations[0]).toBe(`approves EH-2026-0001, Request ${HOSTILE} (not yet scored; capital £10,000, revenue £2,500 a year), or gives its reasons for deferring or rejecting it;`);
    const paragraphs = all(body, 'p').map(textOf);
    expect(paragraphs).toContain('That the committee:');
    expect(paragraphs).toContain(`2.1 ${recommendations[0]}`);
    expect(paragraphs[0]).toBe(`Ashcombe ${HOSTILE}`);
  });
});
