import JSZip from 'jszip';
import { ragForStatus } from '../../domain/actions/rag';
import { REPORT_CATALOGUE } from '../../domain/reports/report-catalogue';
import { buildTableTag } from '../../domain/reports/table-tag';
import { startReportServer, type ReportServer } from '../../../testing/reports/start-report-server';

let server: ReportServer;
beforeAll(async () => {
  server = await startReportServer();
});
afterAll(async () => {
  await server?.close();
});

const json = async (user: string | null, path: string) => {
  const response = await server.call(user, path);
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: (await response.json()) as any };
};

describe('GET /api/v1/reports/tables (the catalogue)', () => {
  it('needs a signed-in user, and a role that may read reports', async () => {
    expect((await json(null, '/api/v1/reports/tables')).status).toBe(401);
    const officer = await json('priya.shah', '/api/v1/reports/tables');
    expect(officer.status).toBe(403);
    expect(officer.type).toContain('application/problem+json');
  });

  it('lists every table with its choices and the organisation’s own values to pick from', async () => {
    const { status, body } = await json('sarah.lewis', '/api/v1/reports/tables');
    expect(status).toBe(200);
    expect(body.items.map((item: any) => item.key)).toEqual(REPORT_CATALOGUE.map((entry) => entry.key));
    const actionPlan = body.items.find((item: any) => item.key === 'action-plan');
    const strategy = (await json('sarah.lewis', '/api/v1/strategy')).body;
    expect(actionPlan.choices.find((choice: any) => choice.name === 'theme').options).toEqual(strategy.themes.map((theme: any) => ({ value: theme.id, label: theme.title })));
    expect(actionPlan.choices.find((choice: any) => choice.name === 'year').options.map((option: any) => option.value)).toContain('2026/27');
    expect(body.items.find((item: any) => item.key === 'committee-timetable').choices.find((choice: any) => choice.name === 'from').label).toBe('From (date; leave empty for today)');
    const meetings = (await json('sarah.lewis', '/api/v1/meetings')).body.items;
    expect(body.items.find((item: any) => item.key === 'decisions').choices.find((choice: any) => choice.name === 'meeting').options.map((option: any) => option.value)).toEqual(
      meetings.map((meeting: any) => meeting.id),
    );
  });
});

describe('GET /api/v1/reports/tables/:key', () => {
  it('builds the action plan from the same actions and RAG the API shows', async () => {
    const { status, body } = await json('sarah.lewis', '/api/v1/reports/tables/action-plan?year=2026/27');
    expect(status).toBe(200);
    const actions = (await json('sarah.lewis', '/api/v1/actions?year=2026/27&source=strategy')).body.items;
    expect(actions.length).toBeGreaterThan(3);
    expect(body.rows.map((row: any) => row[0].text)).toEqual(actions.map((action: any) => action.reference));
    expect(body.rows.map((row: any) => row[5].text)).toEqual(actions.map((action: any) => action.rag.label));
    expect(body.rows.map((row: any) => row[5].fill)).toEqual(actions.map((action: any) => ragForStatus(action.status).fill));
    // The progress commentary that is stored is shown, for the committee to read why.
    expect(body.rows.map((row: any) => row[6].text)).toEqual(actions.map((action: any) => action.progressNote || 'No update given'));
    expect(body.tag).toBe(buildTableTag('action-plan', { year: '2026/27' }));
    expect(body.caption).toMatch(new RegExp(`^ICT action plan 2026/27: ${actions.length} actions – data as at \\d{1,2} \\w+ \\d{4}, \\d{2}:\\d{2}$`));
  });

  it.each(REPORT_CATALOGUE.map((entry) => entry.key))('%s answers for a report author with a caption and the catalogue’s columns', async (key) => {
    const { status, body } = await json('sarah.lewis', `/api/v1/reports/tables/${key}`);
    expect(status).toBe(200);
    expect(body.key).toBe(key);
    expect(body.caption).toContain('data as at');
    expect(body.columns.length).toBeGreaterThan(2);
    expect(body.rows.every((row: any[]) => row.length === body.columns.length)).toBe(true);
  });

  it('fills the defaults it used into the choices, and the tag records them', async () => {
    const { body } = await json('sarah.lewis', '/api/v1/reports/tables/pipeline?top=2');
    expect(body.choices).toEqual({ stage: ['ready_for_decision'], top: 2 });
    expect(body.rows.length).toBeLessThanOrEqual(2);
    expect(body.title).toMatch(/^Pipeline: ready for decision only, (top 2 of|all) \d+ by score$/);
  });

  it('refuses bad choices field by field, and unknown tables', async () => {
    const bad = await json('sarah.lewis', '/api/v1/reports/tables/decisions?from=2026-13-01&top=0&colour=red');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error: any) => error.field).sort()).toEqual(['(body)', 'from', 'top'].sort());
    expect((await json('sarah.lewis', '/api/v1/reports/tables/action-plan?year=2026/28')).body.errors[0]).toEqual({ field: 'year', message: 'Year must be a financial year such as 2026/27.' });
    expect((await json('sarah.lewis', '/api/v1/reports/tables/salaries')).status).toBe(404);
    expect((await json('sarah.lewis', '/api/v1/reports/tables/decisions?meeting=m1&from=2026-01-01')).body.errors).toEqual([{ field: 'meeting', message: 'Choose a meeting or a period (from and to), not both.' }]);
  });

  it('shows each organisation only its own data', async () => {
    const ashcombe = (await json('sarah.lewis', '/api/v1/reports/tables/action-plan?year=2026/27')).body;
    const fenwick = (await json('fiona.grant', '/api/v1/reports/tables/action-plan?year=2026/27')).body;
    expect(ashcombe.organisation.id).toBe('ashcombe');
    expect(fenwick.organisation.id).toBe('fenwick-marsh');
    const fenwickActions = (await json('fiona.grant', '/api/v1/actions?year=2026/27&source=strategy')).body.items;
    const title = (row: any) => row[1].text.split('\n')[0];
    expect(fenwick.rows.map(title)).toEqual(fenwickActions.map((action: any) => action.title));
    const ashcombeTitles = new Set(ashcombe.rows.map(title));
    expect(fenwick.rows.some((row: any) => ashcombeTitles.has(title(row)))).toBe(false);
  });
});

describe('the same tables without the add-in (format=ooxml and format=docx)', () => {
  it('serves the Flat OPC package the add-in inserts', async () => {
    const response = await server.call('sarah.lewis', '/api/v1/reports/tables/action-plan?year=2026/27&format=ooxml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const xml = await response.text();
    expect(xml).toContain('<pkg:package');
    expect(xml).toContain(`<w:tag w:val="${buildTableTag('action-plan', { year: '2026/27' })}"/>`);
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('serves a Word document with the table in its content control', async () => {
    const response = await server.call('sarah.lewis', '/api/v1/reports/tables/risks?format=docx&top=3');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="entrance-hall-risks-' + new Date().toISOString().slice(0, 10) + '.docx"');
    const zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));
    const documentXml = await zip.file('word/document.xml')!.async('string');
    expect(documentXml).toContain('<w:tag w:val="eh1:risks?n=3"/>');
    expect(documentXml.match(/<w:tr>/g)).toHaveLength(4);
  });

  it.each(['rag-summary', 'audit-summary', 'committee-timetable'])('%s downloads as JSON, OOXML and .docx for a report author, and is refused to an officer as the other governance tables are', async (key) => {
    const query = key === 'committee-timetable' ? '?from=2026-01-01' : '';
    const { status, body } = await json('sarah.lewis', `/api/v1/reports/tables/${key}${query}`);
    expect(status).toBe(200);
    expect(body.rows.length).toBeGreaterThan(0);
    const ooxml = await server.call('sarah.lewis', `/api/v1/reports/tables/${key}?format=ooxml`);
    expect(ooxml.status).toBe(200);
    const xml = await ooxml.text();
    expect(xml).toContain(`<w:tag w:val="eh1:${key}`);
    expect(xml).toContain('<w:tblHeader/>');
    const docx = await server.call('sarah.lewis', `/api/v1/reports/tables/${key}?format=docx`);
    expect(docx.status).toBe(200);
    // Named after the table and its choices, with the date: e.g. entrance-hall-audit-summary-2026-27-2026-11-29.docx.
    expect(docx.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="entrance-hall-${key}-([\\w-]+-)?${new Date().toISOString().slice(0, 10)}\\.docx"$`));
    const documentXml = await (await JSZip.loadAsync(Buffer.from(await docx.arrayBuffer()))).file('word/document.xml')!.async('string');
    expect(documentXml).toContain(`<w:tag w:val="eh1:${key}`);
    for (const format of ['json', 'ooxml', 'docx']) {
      expect((await server.call('priya.shah', `/api/v1/reports/tables/action-plan?format=${format}`)).status).toBe(403);
      expect((await server.call('priya.shah', `/api/v1/reports/tables/${key}?format=${format}`)).status).toBe(403);
      expect((await server.call(null, `/api/v1/reports/tables/${key}?format=${format}`)).status).toBe(401);
    }
  });

  it('the audit summary agrees with the audit actions the API shows, and the timetable with the meetings', async () => {
    const auditActions = (await json('sarah.lewis', '/api/v1/actions?year=2026/27&source=internal_audit')).body.items;
    const summary = (await json('sarah.lewis', '/api/v1/reports/tables/audit-summary?year=2026/27')).body;
    const total = summary.rows.at(-1);
    expect(total[0].text).toBe('Total');
    expect(Number(total[4].text)).toBe(auditActions.length);
    expect(Number(total[5].text)).toBe(auditActions.filter((action: any) => action.status === 'complete').length);
    const meetings = (await json('sarah.lewis', '/api/v1/meetings')).body.items;
    const timetable = (await json('sarah.lewis', '/api/v1/reports/tables/committee-timetable?from=2026-01-01')).body;
    // Every meeting arranged from that date, in date order, among the forums' scheduled dates from the organisation settings.
    const arranged = meetings.filter((meeting: any) => meeting.startsAt >= '2026-01-01').sort((a: any, b: any) => a.startsAt.localeCompare(b.startsAt));
    expect(timetable.rows.filter((row: any) => row[3].text !== 'Scheduled').map((row: any) => row[0].text)).toEqual(arranged.map((meeting: any) => meeting.title));
    expect(timetable.rows.length).toBeGreaterThan(arranged.length);
    expect(timetable.title).toBe(`Committee timetable: from 1 January 2026, ${timetable.rows.length} meetings`);
  });

  it('answers downloads with the same sign-in, permission and validation as the JSON', async () => {
    expect((await server.call(null, '/api/v1/reports/tables/risks?format=docx')).status).toBe(401);
    expect((await server.call('priya.shah', '/api/v1/reports/tables/risks?format=docx')).status).toBe(403);
    const bad = await server.call('sarah.lewis', '/api/v1/reports/tables/risks?format=docx&top=500');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
  });
});
