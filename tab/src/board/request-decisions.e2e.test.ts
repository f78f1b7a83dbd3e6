import { useTabTestBed } from '../../../shared/testing/tab/use-tab-test-bed';

/**
 * A request's Decisions list in Debian's Chromium against the real server: a recommendation reads
 * as the steering group's to Cabinet, and Cabinet's decision as Cabinet's with its meeting date
 * and minute, never as the chair's own approval.
 */
describe('the decisions on a request (browser)', () => {
  const tab = useTabTestBed();

  it('says who took each decision and when: the steering group recommending, Cabinet deciding with its minute', async () => {
    const title = 'Customer contact centre telephony replacement';
    const list = await tab.server.api('helen.morris', 'GET', `/api/v1/requests?text=${encodeURIComponent(title)}`);
    const id = list.body.items.find((item: { title: string }) => item.title === title).id as string;
    const current = await tab.server.api('helen.morris', 'GET', `/api/v1/requests/${id}`);
    const recommended = await tab.server.api('helen.morris', 'POST', `/api/v1/requests/${id}/decisions`, { body: { outcome: 'approve', reason: 'Best value of the options.' }, headers: { 'If-Match': current.body.etag } });
    expect(recommended.status).toBe(201);
    const waiting = await tab.server.api('helen.morris', 'GET', `/api/v1/requests/${id}`);
    // Cabinet meets the same day (a body's decision may not be dated before the recommendation or after today).
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
    const decided = await tab.server.api('helen.morris', 'POST', `/api/v1/requests/${id}/body-decision`, {
      body: { outcome: 'approve', meetingDate: today, minuteReference: 'CAB/45', reason: 'Cabinet agreed the recommendation.' },
      headers: { 'If-Match': waiting.body.etag },
    });
    expect(decided.status).toBe(201);

    const page = await tab.openTabAs('david.okafor');
    await page.getByRole('searchbox', { name: 'Search requests' }).fill(id);
    await page.getByRole('button', { name: `${id} ${title}` }).click();
    const detail = page.getByTestId('request-detail');
    const decisions = detail.getByRole('region', { name: 'Decisions' }).getByRole('list');
    await decisions.getByText('Cabinet agreed the recommendation.').waitFor();
    const recordedOn = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(new Date(recommended.body.decision.recordedAt));
    const items = (await decisions.getByRole('listitem').allTextContents()).map((text) => text.split(':')[0]);
    // Both taken today: the same day, so either may be listed first.
    expect([...items].sort()).toEqual([`Approved by Cabinet on ${recordedOn} (minute CAB/45)`, `Recommended to Cabinet for approval by Digital Group on ${recordedOn}`]);
    expect(items.join(' ')).not.toContain('Helen Morris');
  });
});
