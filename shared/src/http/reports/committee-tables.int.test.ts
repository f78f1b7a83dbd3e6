import path from 'node:path';
import { renderTablesDocx } from '../../domain/reports/render-table-docx';
import { renderDocxWithLibreOffice } from '../../../testing/reports/render-docx-with-libreoffice';
import { startTestServer, type TestServer } from '../../../testing/bot/start-test-server';

const OUT_DIR = path.resolve(__dirname, '../../../../test-output/addin');

/**
 * The committee tables a clerk publishes, through the running server over the demo councils: the
 * decisions log says who took each decision and when (a member body's with its minute), a period
 * is matched against that date, the timetable follows the organisation's meeting calendar, and a
 * choice the strategy does not know is refused in words.
 */
describe('committee tables as a clerk reads them', () => {
  let server: TestServer;
  const idOf = async (user: string, title: string) => {
    const list = await server.api(user, 'GET', `/api/v1/requests?text=${encodeURIComponent(title)}`);
    return list.body.items.find((item: { title: string }) => item.title === title).id as string;
  };
  const table = async (path: string, user = 'sarah.lewis') => server.api(user, 'GET', `/api/v1/reports/tables/${path}`);
  const rowsOf = (body: { columns: { label: string }[]; rows: { text: string }[][] }) =>
    body.rows.map((row) => Object.fromEntries(body.columns.map((column, index) => [column.label, row[index]!.text])));

  /** The domain's day, set where a test needs decisions taken on days apart (else the real one). */
  let now: string | undefined;
  beforeAll(async () => {
    server = await startTestServer({}, undefined, { now: () => now ?? new Date().toISOString() });
  });
  afterAll(async () => server?.close());

  it('shows a recommendation as the steering group’s to Cabinet, and Cabinet’s decision with its meeting date and minute', async () => {
    const id = await idOf('helen.morris', 'Customer contact centre telephony replacement');
    // The Digital Group recommends on 10 November; Cabinet decides at its meeting of 18 November,
    // recorded two days later.
    now = '2026-11-10T11:00:00.000Z';
    const current = await server.api('helen.morris', 'GET', `/api/v1/requests/${id}`);
    const recommended = await server.api('helen.morris', 'POST', `/api/v1/requests/${id}/decisions`, { body: { outcome: 'approve', reason: 'Best value of the options.' }, headers: { 'If-Match': current.body.etag } });
    expect(recommended.status).toBe(201);
    now = '2026-11-20T09:00:00.000Z';
    const decided = await server.api('helen.morris', 'POST', `/api/v1/requests/${id}/body-decision`, {
      body: { outcome: 'approve', meetingDate: '2026-11-18', minuteReference: 'CAB/45', reason: 'Cabinet agreed the recommendation.' },
      headers: { 'If-Match': (await server.api('helen.morris', 'GET', `/api/v1/requests/${id}`)).body.etag },
    });
    expect(decided.status).toBe(201);
    now = undefined;

    const log = await table('decisions?format=json');
    expect(log.status).toBe(200);
    const rows = rowsOf(log.body).filter((row) => row.Ref === id);
    // Oldest first by the date each was taken: the recommendation of 10 November, then Cabinet's meeting of 18 November (not the 20th, when it was typed in).
    expect(rows).toEqual([
      expect.objectContaining({ Meeting: 'Outside a meeting\n10 November 2026', Decision: 'Recommended to Cabinet for approval', 'Decided by': 'Digital Group' }),
      expect.objectContaining({ Meeting: 'Cabinet\n18 November 2026\nMinute CAB/45', Decision: 'Approved', 'Decided by': 'Cabinet' }),
    ]);
    expect(rows.map((row) => row['Decided by'])).not.toContain('Helen Morris');
    // A period takes Cabinet's decision by Cabinet's meeting date.
    const november = rowsOf((await table('decisions?from=2026-11-18&to=2026-11-18')).body);
    expect(november.map((row) => row.Meeting)).toContain('Cabinet\n18 November 2026\nMinute CAB/45');
  });

  it('prints, on A4 as LibreOffice renders it, Cabinet’s decision with its date and minute, and the forward plan’s dates in GOV.UK style', async () => {
    const decisions = (await table('decisions?from=2026-11-01&to=2026-11-30')).body;
    const forwardPlan = (await table('forward-plan')).body;
    expect(forwardPlan.rows.length).toBeGreaterThan(0);
    const rendered = await renderDocxWithLibreOffice(await renderTablesDocx([decisions, forwardPlan]), OUT_DIR, 'committee-decisions-forward-plan');
    const printed = rendered.text.replace(/\s+/g, ' ');
    // Cells wrap on A4 portrait, so the lines of neighbouring cells interleave in the printed text: read each cell's words in order.
    expect(printed).toMatch(/Decided by Outside a EH-2026-0012 .*Group 10 .*November .*2026 Cabinet EH-2026-0012 .*Cabinet 18 .*November .*2026 .*Minute CAB\/45/);
    expect(printed).toMatch(/Recommended .*to Cabinet for .*approval/);
    expect(printed).toMatch(/None Digital meeting .* Group /);
    expect(printed).not.toContain('Helen Morris');
    expect(printed).not.toMatch(/\b\d{1,2} (Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec) \d{4}/);
    for (const row of rowsOf(forwardPlan)) expect(printed).toContain(row['Date of decision']!);
    expect(rowsOf(forwardPlan)[0]!['Date of decision']).toMatch(/^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/);
  }, 120_000);

  it('matches a period against the meeting date each row shows, and every demo decision’s meeting is on or before the day it was recorded', async () => {
    const all = (await server.api('sarah.lewis', 'GET', '/api/v1/decisions')).body.items as { meetingId?: string; recordedAt: string }[];
    const meetings = new Map(((await server.api('sarah.lewis', 'GET', '/api/v1/meetings')).body.items as { id: string; startsAt: string }[]).map((meeting) => [meeting.id, meeting]));
    const demo = all.filter((decision) => decision.meetingId);
    expect(demo.length).toBeGreaterThan(5);
    for (const decision of demo) expect(meetings.get(decision.meetingId!)!.startsAt.slice(0, 10) <= decision.recordedAt.slice(0, 10)).toBe(true);
    expect(new Set(demo.map((decision) => decision.meetingId)).size).toBeGreaterThan(3);

    // The API's log takes a period by the same date as the table.
    const in2025 = (await server.api('sarah.lewis', 'GET', '/api/v1/decisions?from=2025-01-01&to=2025-12-31')).body.items as { meetingId?: string; recordedAt: string }[];
    expect(in2025.length).toBeGreaterThan(0);
    for (const decision of in2025) expect((decision.meetingId ? meetings.get(decision.meetingId)!.startsAt : decision.recordedAt).slice(0, 4)).toBe('2025');
    expect((await table('decisions?from=2025-01-01&to=2025-12-31')).body.rows).toHaveLength(in2025.length);

    for (const [from, to, month] of [['2025-01-01', '2025-12-31', /\n\d{1,2} \w+ 2025$/], ['2026-09-01', '2026-09-30', /\n\d{1,2} September 2026$/]] as const) {
      const body = (await table(`decisions?format=json&from=${from}&to=${to}`)).body;
      expect(body.rows.length).toBeGreaterThan(0);
      for (const row of rowsOf(body)) expect(row.Meeting).toMatch(month);
    }
  });

  it('lists the forums’ dates from the organisation settings with the meetings arranged, once each, soonest first', async () => {
    const body = (await table('committee-timetable?from=2026-12-01&to=2027-01-31')).body;
    const rows = rowsOf(body).map((row) => `${row.Forum} ${row.Date} ${row.Status}`);
    expect(rows).toEqual([
      'Digital Group 9 December 2026 Planned',
      'Cabinet 16 December 2026 Scheduled',
      'Digital Group 13 January 2027 Scheduled',
      'Cabinet 20 January 2027 Scheduled',
    ]);
    expect(body.title).toBe('Committee timetable: from 1 December 2026 to 31 January 2027, 4 meetings');
  });

  it('refuses a theme the strategy does not have, and a stage or status it does not know, naming what it takes', async () => {
    const strategy = (await server.api('sarah.lewis', 'GET', '/api/v1/strategy')).body as { themes: { id: string; title: string }[] };
    for (const key of ['action-plan', 'strategy', 'pipeline', 'portfolio']) {
      const refused = await table(`${key}?format=json&theme=nosuch`);
      expect(refused.status).toBe(400);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      expect(refused.body.errors).toEqual([{ field: 'theme', message: expect.stringMatching(/^Theme must be one of the strategy’s themes: /) }]);
      for (const theme of strategy.themes) expect(refused.body.errors[0].message).toContain(`${theme.id} (${theme.title})`);
    }
    expect((await table(`action-plan?theme=${strategy.themes[0]!.id}`)).status).toBe(200);
    const stage = await table('pipeline?stage=bogus');
    expect(stage.status).toBe(400);
    expect(stage.body.errors).toEqual([{ field: 'stage', message: 'Stage must be one or more of: submitted, triage, ready_for_decision, approved, in_delivery, closed, deferred, rejected or withdrawn.' }]);
    const status = await table('action-plan?status=done');
    expect(status.body.errors).toEqual([{ field: 'status', message: 'Status must be one or more of: not_started, on_track, at_risk, off_track or complete.' }]);
  });
});
