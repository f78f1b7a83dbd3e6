import type { Locator, Page } from 'playwright-core';
import { axeViolations } from '../../../shared/testing/tab/axe-violations';
import { saveScreenshot } from '../../../shared/testing/tab/tab-browser';
import { useTabTestBed } from '../../../shared/testing/tab/use-tab-test-bed';

/** The application estate view and the overlaps at triage, as the steering group and ICT see them, in Teams' three themes. */
describe('the application estate in the tab (browser, axe-core)', () => {
  const tab = useTabTestBed();

  const openEstate = async (user: string, theme: string): Promise<Page> => {
    const page = await tab.openTabAs(user, { theme, view: 'Application estate' });
    await page.getByRole('heading', { name: 'Application estate' }).waitFor();
    return page;
  };
  const register = (page: Page) => page.getByRole('table', { name: /^The application register: \d+ in the estate/ });
  /** Finds applications in the register by typing, as a person would in an estate of 150. */
  const find = async (page: Page, words: string) => page.getByRole('searchbox', { name: /^Find in the register/ }).fill(words);
  /** The views with the register and its forms take a while under axe-core on a busy machine. */
  const SLOW = 150_000;
  /** The text of a control's description (its error), through aria-describedby, as a screen reader reads it. */
  const describedBy = async (control: Locator) => {
    const ids = (await control.getAttribute('aria-describedby')) ?? '';
    return control.page().evaluate((list) => list.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '), ids);
  };
  /** Opens the add form and answers what every application needs (supported, tolerated); the test adds the rest. */
  const addApplication = async (page: Page, answers: { name: string; supplier: string; owner: string; areas: string; capability: string; hosting: string; personalData: 'Yes' | 'No' }) => {
    await page.getByRole('button', { name: 'Add an application' }).click();
    const form = page.getByRole('form', { name: 'Add an application to the register' });
    await form.getByLabel(/^Name/).fill(answers.name);
    await form.getByLabel(/^Supplier/).fill(answers.supplier);
    await form.getByLabel(/^Business owner/).fill(answers.owner);
    await form.getByLabel(/^Service areas/).fill(answers.areas);
    await form.getByLabel(/^Capability/).selectOption(answers.capability);
    await form.getByLabel(/^Hosting/).selectOption(answers.hosting);
    await form.getByLabel(/^Support status/).selectOption('supported');
    await form.getByRole('radio', { name: answers.personalData }).check();
    await form.getByLabel(/^Disposition \(TIME\)/).selectOption('tolerate');
    return form;
  };
  const countApplications = async () => (await tab.server.api('tom.reed', 'GET', '/api/v1/applications?retired=include')).body.count as number;

  it.each(['light', 'dark', 'contrast'] as const)('%s: the count against the target, the estate by capability and disposition, contracts ending, with no axe violations', async (theme) => {
    const page = await openEstate('helen.morris', theme);
    await page.getByText(/^134 business applications in the estate \(12 switched off so far\)\. Target: 100 by/).waitFor();
    await page.getByText(/Behind plan: the plan expects \d+ today/).waitFor();
    const byCapability = page.getByRole('table', { name: 'The estate by capability and disposition: the figures' });
    await byCapability.getByRole('columnheader', { name: 'Eliminate' }).waitFor();
    expect(await byCapability.getByRole('row').last().textContent()).toMatch(/^Total\d+\d+\d+\d+134$/);
    const contracts = page.getByRole('table', { name: /^Contracts ending in the next 18 months/ });
    expect(await contracts.getByRole('row', { name: /Repairs Manager 6/ }).textContent()).toContain('EH-2026-0002');
    expect(await contracts.getByRole('row', { name: /Financial Management System/ }).textContent()).toContain('No request covers it');
    await page.getByRole('img', { name: /Applications in the estate over time, against the target/ }).waitFor();
    // The steering group reads the register; only ICT and administrators change it.
    await find(page, 'repairs');
    await register(page).getByRole('rowheader', { name: 'Repairs Manager 6' }).waitFor();
    expect(await page.getByRole('button', { name: 'Add an application' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Change / }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, `estate-${theme}`);
  }, SLOW);

  it.each(['light', 'dark', 'contrast'] as const)('%s: the application and target forms, refusals shown, with no axe violations', async (theme) => {
    const page = await openEstate('tom.reed', theme);
    await page.getByRole('button', { name: 'Add an application' }).click();
    const form = page.getByRole('form', { name: 'Add an application to the register' });
    await form.getByRole('button', { name: 'Add to the register' }).click();
    await form.getByText('Supplier is required.').waitFor();
    // A radio group asks its question; the values the API and CSV take are not a form's words.
    const personalData = form.getByRole('radiogroup', { name: /^Holds personal data/ });
    expect(await describedBy(personalData)).toContain('Say whether the application holds personal data.');
    expect(await form.getByText(/true or false/).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, `estate-application-form-${theme}`);
    await form.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Set the rationalisation target' }).click();
    const target = page.getByRole('form', { name: 'Set the rationalisation target' });
    expect(await target.getByLabel(/^Target count/).inputValue()).toBe('100');
    await target.getByLabel(/^Target count/).fill('-1');
    await target.getByRole('button', { name: 'Save the target' }).click();
    await target.getByText('Target count must be at least 0.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, `estate-target-form-${theme}`);
    await page.context().close();
  }, SLOW);

  it('is not offered to an officer', async () => {
    const page = await tab.openTabAs('priya.shah');
    await page.getByRole('tab', { name: 'Board' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Application estate' }).count()).toBe(0);
  });

  it('ICT adds an application, changes its disposition, and sees it in the register and the counts', async () => {
    const page = await openEstate('tom.reed', 'light');
    await page.getByText(/^134 business applications in the estate/).waitFor();
    const eliminateBefore = Number(await page.getByRole('table', { name: 'The estate by capability and disposition: the figures' }).getByRole('row').last().locator('td').nth(3).textContent());
    const form = await addApplication(page, { name: 'Dog Warden Casebook', supplier: 'Smallbrook Software', owner: 'Head of Environmental Health', areas: 'Environmental Health\nLicensing', capability: 'regulatory', hosting: 'saas', personalData: 'Yes' });
    await form.getByLabel(/^Contract end/).fill('2027-06-30');
    await form.getByLabel(/^Annual cost/).fill('£4,800');
    await form.getByLabel(/^Users/).fill('12');
    await form.getByRole('button', { name: 'Add to the register' }).click();
    await page.getByText('Dog Warden Casebook was added to the register.').waitFor();
    await page.getByText(/^135 business applications in the estate/).waitFor();
    await find(page, 'dog warden');
    const row = register(page).getByRole('row', { name: /Dog Warden Casebook/ });
    expect(await row.textContent()).toBe('Dog Warden CasebookSmallbrook SoftwareLicensing and regulatoryTolerateSupported30 Jun 2027£4,80012Change');

    await row.getByRole('button', { name: 'Change Dog Warden Casebook' }).click();
    const edit = page.getByRole('form', { name: 'Change Dog Warden Casebook' });
    await edit.getByLabel(/^Disposition \(TIME\)/).selectOption('eliminate');
    await edit.getByLabel(/^Disposition target date/).fill('2027-03-31');
    // Only what changed is sent, with the version on screen.
    const patch = page.waitForRequest((request) => request.method() === 'PATCH' && request.url().includes('/api/v1/applications/'));
    await edit.getByRole('button', { name: 'Save changes' }).click();
    expect((await patch).postDataJSON()).toEqual({ disposition: 'eliminate', dispositionTargetDate: '2027-03-31' });
    expect((await patch).headers()['if-match']).toBeTruthy();
    await page.getByText('Dog Warden Casebook was saved.').waitFor();
    await register(page).getByRole('row', { name: /Dog Warden Casebook/ }).getByText('Eliminate by 31 Mar 2027').waitFor();
    const totals = page.getByRole('table', { name: 'The estate by capability and disposition: the figures' }).getByRole('row').last();
    await totals.locator('td').nth(3).filter({ hasText: String(eliminateBefore + 1) }).waitFor();
    const stored = (await tab.server.api('tom.reed', 'GET', '/api/v1/applications?capability=regulatory')).body.items.find((item: { name: string }) => item.name === 'Dog Warden Casebook');
    expect(stored).toMatchObject({ disposition: 'eliminate', dispositionTargetDate: '2027-03-31', annualCost: 4800, users: 12, personalData: true, serviceAreas: ['Environmental Health', 'Licensing'] });
  }, SLOW);

  it('refuses a negative cost at its field (aria-describedby), stores nothing; the server refuses a capability outside the taxonomy', async () => {
    const before = await countApplications();
    const page = await openEstate('tom.reed', 'dark');
    const form = await addApplication(page, { name: 'Allotment Waiting List', supplier: 'In-house', owner: 'Parks Manager', areas: 'Parks', capability: 'leisure', hosting: 'on_premises', personalData: 'No' });
    const cost = form.getByLabel(/^Annual cost/);
    await cost.fill('-250');
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/v1/applications')) posts.push(request.url());
    });
    await form.getByRole('button', { name: 'Add to the register' }).click();
    await form.getByText('Annual cost cannot be negative.').waitFor();
    expect(await cost.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(cost)).toContain('Annual cost cannot be negative.');
    // The refused field takes the focus, and the typing is kept.
    expect(await cost.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await cost.inputValue()).toBe('-250');
    expect(posts).toEqual([]);
    expect(await countApplications()).toBe(before);

    const refused = await tab.server.api('tom.reed', 'POST', '/api/v1/applications', {
      body: { name: 'Horoscope Planner', supplier: 'x', serviceAreas: ['x'], capability: 'astrology', hosting: 'saas', supportStatus: 'supported', personalData: false, businessOwner: 'x', disposition: 'tolerate' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ field: 'capability', message: expect.stringMatching(/^Capability must be one of: revenues, housing, /) }]);
    expect(await countApplications()).toBe(before);
  });

  it('keeps the typing and explains when someone else changed the application first (412), then saves over theirs', async () => {
    const page = await openEstate('tom.reed', 'light');
    const name = 'Repairs Manager 6';
    await find(page, name);
    await register(page).getByRole('button', { name: `Change ${name}` }).click();
    const edit = page.getByRole('form', { name: `Change ${name}` });
    await edit.getByLabel(/^Users/).fill('75');
    const id = await register(page).getByRole('row', { name: new RegExp(name) }).getAttribute('data-application-id');
    const theirs = await tab.server.api('mark.evans', 'GET', `/api/v1/applications/${id}`);
    expect((await tab.server.api('mark.evans', 'PATCH', `/api/v1/applications/${id}`, { body: { notes: 'Checked by the administrator' }, headers: { 'If-Match': theirs.body.etag } })).status).toBe(200);
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.getByText(`Someone else saved a change to ${name} after you opened it, so nothing of yours was saved.`).waitFor();
    await edit.getByText(/They changed: Notes\. Your typing is kept/).waitFor();
    expect(await edit.getByLabel(/^Users/).inputValue()).toBe('75');
    expect(await edit.getByLabel(/^Notes/).inputValue()).toBe('Checked by the administrator');
    expect((await tab.server.api('tom.reed', 'GET', `/api/v1/applications/${id}`)).body.users).toBe(theirs.body.users);
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(`${name} was saved.`).waitFor();
    expect((await tab.server.api('tom.reed', 'GET', `/api/v1/applications/${id}`)).body).toMatchObject({ users: 75, notes: 'Checked by the administrator' });
  }, SLOW);

  it('ICT sets the rationalisation target by keyboard alone, and the summary follows it', async () => {
    const page = await openEstate('tom.reed', 'contrast');
    await page.getByRole('button', { name: 'Set the rationalisation target' }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Set the rationalisation target' });
    await form.getByLabel(/^Target count/).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('estate-target-form-heading');
    // Tab from the heading through the fields (a date field has a stop for each part) to the target count.
    const fieldOfFocus = () => page.evaluate(() => document.activeElement?.closest('.fui-Field')?.querySelector('label')?.textContent ?? '');
    for (let presses = 0; presses < 12 && !/^Target count/.test(await fieldOfFocus()); presses += 1) await page.keyboard.press('Tab');
    expect(await fieldOfFocus()).toMatch(/^Target count/);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('95');
    await page.keyboard.press('Enter');
    await page.getByText(/^Target set: 95 by 31 Mar 2029, from 143 on 1 Apr 2025\./).waitFor();
    await page.getByText(/business applications in the estate \(12 switched off so far\)\. Target: 95 by 31 Mar 2029/).waitFor();
    expect((await tab.server.api('helen.morris', 'GET', '/api/v1/estate/target')).body.targetCount).toBe(95);
  }, SLOW);

  it('shows ICT the overlaps of a request at triage, and records that it replaces an application', async () => {
    const page = await tab.openTabAs('tom.reed', { theme: 'dark' });
    await page.locator('section[data-stage="submitted"] article button', { hasText: 'Replacement for the housing repairs system' }).click();
    const overlaps = page.getByTestId('overlaps');
    await overlaps.getByText(/^Application: Repairs Manager 6 \(relevance 100 of 100; Same capability: Housing/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'This replaces Repairs Manager 6' }).click();
    await overlaps.getByText(/This replaces it \(Tom Reed,/).waitFor();
  });
});
