import { describeCoverRoute, describeMeetingCoverRoute } from '../constitution/describe-cover-route';
import type { MeetingRoute } from '../constitution/route-at-meeting';
import { formatLongDate } from '../formatting/format-values';
import { renderFlatOpc, renderTableBlockXml } from './render-table-ooxml';
import type { ReportTable } from './report-table';
import { escapeXml } from './xml-escape';

/** What the author chose for the report's front sheet; anything left out becomes a bracketed prompt to fill in. */
export interface ReportSkeletonInput {
  organisationName: string;
  /** The meeting the report goes to; its forum ("Digital Group") is the decision maker for what it decides. */
  meeting?: { title: string; startsAt: string; forum?: string };
  /**
   * Each request for decision's route at that meeting, by reference (`routeAtMeeting`): the
   * recommendations and the cover block are drafted from them. Without them, from the tables alone.
   */
  routes?: Record<string, MeetingRoute>;
  /** The live tables the report carries, each placed in its section. */
  tables: Partial<Record<'action-plan' | 'pipeline' | 'portfolio' | 'risks' | 'decisions' | 'audit-actions' | 'forward-plan', ReportTable>>;
}

const paragraph = (text: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
const heading = (text: string) => paragraph(text, 'Heading1');

/** The front sheet: label and value in a plain two-column table (not an Entrance Hall table: the author owns it). */
function frontSheet(rows: [string, string][]): string {
  const cell = (text: string, width: number, bold: boolean) =>
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr><w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p></w:tc>`;
  const border = '<w:tblBorders><w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/></w:tblBorders>';
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/>${border}<w:tblLayout w:type="fixed"/><w:tblCaption w:val="Report details"/><w:tblDescription w:val="Meeting, date, reference, decision maker, classification, wards, key decision and lead officer."/></w:tblPr>` +
    `<w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="6638"/></w:tblGrid>${rows.map(([label, value]) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cell(label, 3000, true)}${cell(value, 6638, false)}</w:tr>`).join('')}</w:tbl><w:p/>`
  );
}

/** Column text of a table's rows by heading, so recommendations read the same words the table shows. */
function columnText(table: ReportTable, label: string): string[] {
  const index = table.columns.findIndex((column) => column.label === label);
  return table.rows.map((row) => (index >= 0 ? (row[index]?.text ?? '') : ''));
}

/** One recommendation for a request awaiting decision, as its route at the meeting allows: never "approves" a decision this meeting may not take. */
function recommendationFor(reference: string, title: string, details: string, route: MeetingRoute | undefined): string {
  const request = `${reference}, ${title}`;
  const published = route?.noticePublishedOn ? `was published on ${formatLongDate(route.noticePublishedOn)}` : 'has not been published';
  switch (route?.action) {
    case undefined:
    case 'decides':
      return `approves ${request} (${details}), or gives its reasons for deferring or rejecting it;`;
    case 'notice_due':
      return `approves ${request} (${details}), or gives its reasons for deferring or rejecting it; a key decision, so only if its forward plan notice is published by ${formatLongDate(route.noticeBy)};`;
    case 'notice_too_late':
      return `notes that ${request} is a key decision that cannot be taken at this meeting: forward plan notice was needed by ${formatLongDate(route.noticeBy)} and ${published};`;
    case 'recommends':
      return `recommends to ${route.decisionMaker} that it approves ${request} (${details}), or gives its reasons for not recommending it;`;
    case 'awaiting_body':
      return `notes that ${request} was recommended to ${route.decisionMaker} for approval and awaits its decision;`;
    case 'officer':
      return `notes that ${request} is for the ${route.decisionMaker} to decide under delegated powers;`;
    case 'not_known':
      return `considers ${request}: who decides depends on its whole-life cost, which is not known yet;`;
    case 'other_forum':
      return `notes that ${request} is for ${route.decisionMaker} to decide;`;
  }
}

/**
 * Recommendations drafted from the decisions awaited (the pipeline), in the council's usual form
 * ("That the committee: 1. approves …"), each as its route at the meeting allows, for the author to
 * edit; then one to note progress.
 */
export function draftRecommendations(tables: ReportSkeletonInput['tables'], routes?: ReportSkeletonInput['routes']): string[] {
  const pipeline = tables.pipeline;
  const awaiting = pipeline
    ? columnText(pipeline, 'Ref').map((reference, index) => {
        const [title, score, capital, revenue] = ['Request', 'Score (of 100)', 'Capital', 'Revenue a year'].map((label) => columnText(pipeline, label)[index] ?? '');
        const scored = /^\d/.test(score) ? `score ${score} of 100` : 'not yet scored';
        return recommendationFor(reference, title ?? '', `${scored}; capital ${capital}, revenue ${revenue} a year`, routes?.[reference]);
      })
    : [];
  return [
    ...awaiting,
    ...(tables['action-plan'] ? ['notes progress against the ICT action plan, and the actions reported Red or Amber with their revised dates;'] : []),
    ...(tables.risks ? ['notes the principal ICT risks and their mitigation.'] : []),
  ];
}

/**
 * A council-style committee report with the right live tables in the right sections: front sheet
 * (meeting, date, reference, decision maker, classification, wards affected, key decision, lead
 * officer), purpose, recommendations drafted from the decisions awaited, background, financial,
 * legal, risk and equalities implications, appendices. Every prompt in [brackets] is for the
 * author; the tables are Entrance Hall tables and refresh like any other.
 */
export function renderReportSkeletonXml(input: ReportSkeletonInput): string {
  const { tables } = input;
  const block = (table: ReportTable | undefined) => (table ? `${renderTableBlockXml(table)}<w:p/>` : '');
  const recommendations = draftRecommendations(tables, input.routes);
  const forum = input.meeting?.forum;
  // For a chosen meeting of a known forum, the route at that meeting's date; otherwise what the tables say.
  const route = input.routes && forum && tables.pipeline ? describeMeetingCoverRoute(columnText(tables.pipeline, 'Ref'), input.routes, forum) : describeCoverRoute(tables.pipeline, tables['forward-plan']);
  return [
    paragraph(`${input.organisationName}`, 'Title'),
    paragraph(`Report to ${input.meeting?.title ?? '[committee or cabinet]'}`, 'Subtitle'),
    frontSheet([
      ['Meeting', input.meeting?.title ?? '[Committee or Cabinet]'],
      ['Date', input.meeting ? formatLongDate(input.meeting.startsAt) : '[Date of meeting]'],
      ['Report reference', '[Reference]'],
      ['Decision maker', route.decisionMaker && forum && input.routes ? route.decisionMaker : [forum ?? input.meeting?.title ?? '[Cabinet / committee / portfolio holder]', route.decisionMaker].filter(Boolean).join('. ')],
      ['Classification', 'Open'],
      ['Wards affected', 'All wards'],
      ['Key decision', route.keyDecision ?? '[Yes or No, with the forward plan reference]'],
      ['Lead officer', '[Name, job title, email]'],
    ]),
    heading('1. Purpose of the report'),
    paragraph('[To update the committee on the ICT strategy and action plan, and to seek decisions on the ICT project requests set out below.]'),
    heading('2. Recommendations'),
    paragraph('That the committee:'),
    ...(recommendations.length > 0 ? recommendations.map((text, index) => paragraph(`2.${index + 1} ${text}`)) : [paragraph('2.1 [recommendation]')]),
    heading('3. Background'),
    paragraph('[Why this comes to committee now, and what was decided last time.]'),
    paragraph('Progress against the ICT action plan:'),
    block(tables['action-plan']),
    paragraph('ICT project requests awaiting a decision:'),
    block(tables.pipeline),
    heading('4. Financial implications'),
    paragraph('[Comments of the Chief Finance Officer (section 151 officer).] Capital and revenue are shown apart; the totals leave out closed, rejected and withdrawn requests.'),
    block(tables.portfolio),
    heading('5. Legal implications'),
    paragraph('[Comments of the Monitoring Officer: powers relied on, procurement rules, data protection.]'),
    heading('6. Risk implications'),
    block(tables.risks),
    heading('7. Equalities implications'),
    paragraph('[Equality impact assessment: summary, or why one is not needed.]'),
    heading('8. Appendices'),
    paragraph('Appendix A – Decisions log'),
    block(tables.decisions),
    paragraph('Appendix B – Agreed internal audit actions'),
    block(tables['audit-actions']),
    ...(tables['forward-plan'] ? [paragraph('Appendix C – Forward plan of key decisions'), block(tables['forward-plan'])] : []),
    heading('Background papers'),
    paragraph('[List, or "None".]'),
  ].join('');
}

/** The skeleton as the Flat OPC package Word's `insertOoxml` takes. */
export function renderReportSkeletonOoxml(input: ReportSkeletonInput): string {
  return renderFlatOpc(renderReportSkeletonXml(input));
}
