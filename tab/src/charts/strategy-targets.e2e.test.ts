import type { Page } from 'playwright-core';
import { axeViolations } from '../../../shared/testing/tab/axe-violations';
import { saveScreenshot } from '../../../shared/testing/tab/tab-browser';
import { useTabTestBed } from '../../../shared/testing/tab/use-tab-test-bed';

/**
 * The strategy's measurable targets in the Strategy view: status in words, and ICT recording the
 * latest figure, an administrator changing a target's definition (keyboard alone, refusals at the
 * field, axe-core in Teams' three themes).
 */
describe('strategy targets in the tab (browser, axe-core)', () => {
  const tab = useTabTestBed();
  const SLOW = 120_000;

  const openStrategy = async (user: string, theme: string): Promise<Page> => {
    const page = await tab.openTabAs(user, { theme, view: 'Strategy' });
    await page.getByRole('table', { name: 'Strategy targets' }).waitFor();
    return page;
  };
  const targetRow = (page: Page, measure: RegExp) => page.getByRole('table', { name: 'Strategy targets' }).getByRole('row', { name: measure });
  const storedTarget = async (id: string) => ((await tab.server.api('tom.reed', 'GET', '/api/v1/strategy')).body.targets as { id: string; target: number; baselineDate: string }[]).find((target) => target.id === id);
  const figureOf = async (id: string) => ((await tab.server.api('tom.reed', 'GET', '/api/v1/strategy')).body.targets as { id: string; current?: number }[]).find((target) => target.id === id)?.current;

  it.each(['light', 'dark', 'contrast'] as const)('%s: the targets with status in words and the measurement form, a refusal shown, no axe violations', async (theme) => {
    const page = await openStrategy('tom.reed', theme);
    expect(await targetRow(page, /Website pages meeting WCAG 2\.2 AA/).textContent()).toContain('Blue – complete');
    const form = page.getByRole('form', { name: 'Record a measurement' });
    await form.getByLabel(/^Current figure/).fill('-3');
    await form.getByRole('button', { name: 'Record the measurement' }).click();
    await form.getByText('Current figure cannot be negative.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, `strategy-targets-${theme}`);
    await page.context().close();
  }, SLOW);

  it('ICT records a figure by keyboard alone and the status in words changes', async () => {
    const page = await openStrategy('tom.reed', 'light');
    const row = targetRow(page, /Servers on unsupported operating systems/);
    expect(await row.textContent()).toBe('T3Servers on unsupported operating systems23 (1 Apr 2024)0 (31 Jan 2027)7 (31 Oct 2026)Amber – at risk');
    const form = page.getByRole('form', { name: 'Record a measurement' });
    const target = form.getByLabel(/^Target/);
    await target.focus();
    // T1 is chosen first: T3 is two down.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await target.inputValue()).toBe('T3');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.fui-Field')?.querySelector('label')?.textContent)).toMatch(/^Current figure \(count\)/);
    await page.keyboard.type('19');
    await page.keyboard.press('Enter');
    await form.getByText(/^T3 Servers on unsupported operating systems: 19 \(.+\) recorded\. Status: Red – off track\.$/).waitFor();
    await row.getByText('Red – off track').waitFor();
    expect(await row.textContent()).toMatch(/^T3Servers on unsupported operating systems23 \(1 Apr 2024\)0 \(31 Jan 2027\)19 \(.+\)Red – off track$/);
    expect(await figureOf('T3')).toBe(19);
  }, SLOW);

  it('a figure in words or a date in the future is refused at its field and nothing is sent', async () => {
    const page = await openStrategy('mark.evans', 'dark');
    const form = page.getByRole('form', { name: 'Record a measurement' });
    const patches: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PATCH') patches.push(request.url());
    });
    const figure = form.getByLabel(/^Current figure/);
    await figure.fill('about forty');
    await form.getByLabel(/^Date measured/).fill('2099-01-01');
    await form.getByRole('button', { name: 'Record the measurement' }).click();
    await form.getByText('Current figure must be a number.').waitFor();
    expect(await figure.getAttribute('aria-invalid')).toBe('true');
    expect(await figure.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await figure.inputValue()).toBe('about forty');
    await figure.fill('125');
    await form.getByRole('button', { name: 'Record the measurement' }).click();
    await form.getByText('A measurement cannot be dated in the future.').waitFor();
    expect(patches).toEqual([]);
    expect(await figureOf('T1')).toBe(134);
  }, SLOW);

  it('keeps the typing and says what the other person recorded when the strategy changed first (412)', async () => {
    const page = await openStrategy('tom.reed', 'light');
    const form = page.getByRole('form', { name: 'Record a measurement' });
    await form.getByLabel(/^Target/).selectOption('T2');
    await form.getByLabel(/^Current figure/).fill('16');
    const strategy = await tab.server.api('mark.evans', 'GET', '/api/v1/strategy');
    const theirs = await tab.server.api('mark.evans', 'PATCH', '/api/v1/strategy/targets/T2', { body: { current: 15, currentDate: '2026-11-02' }, headers: { 'If-Match': strategy.body.etag } });
    expect(theirs.status).toBe(200);
    await form.getByRole('button', { name: 'Record the measurement' }).click();
    await form.getByText('Someone else changed the strategy’s targets after you opened them, so your measurement was not saved.').waitFor();
    await form.getByText(/T2 now reads 15 \(2 Nov 2026\)\. Your typing is kept/).waitFor();
    expect(await form.getByLabel(/^Current figure/).inputValue()).toBe('16');
    expect(await figureOf('T2')).toBe(15);
    await form.getByRole('button', { name: 'Record the measurement' }).click();
    await form.getByText(/^T2 Top resident transactions online end to end: 16 \(.+\) recorded\./).waitFor();
    expect(await figureOf('T2')).toBe(16);
  }, SLOW);

  it('the steering group and officers see the targets but no form to record them', async () => {
    for (const user of ['helen.morris', 'priya.shah']) {
      const page = await openStrategy(user, 'light');
      await targetRow(page, /Business applications in use/).waitFor();
      expect(await page.getByRole('form', { name: 'Record a measurement' }).count()).toBe(0);
      await page.context().close();
    }
  }, SLOW);

  describe('an administrator changes a target’s definition', () => {
    const definitionForm = (page: Page) => page.getByRole('form', { name: 'Change a target’s definition' });

    it.each(['light', 'dark', 'contrast'] as const)('%s: the open form with a refusal shown has no axe violations', async (theme) => {
      const page = await openStrategy('mark.evans', theme);
      const form = definitionForm(page);
      await form.getByLabel(/^Target figure/).fill('a hundred');
      await form.getByRole('button', { name: 'Save the definition' }).click();
      await form.getByText('Target must be a number.').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, `strategy-target-definition-${theme}`);
      await page.context().close();
    }, SLOW);

    it('changes a target figure by keyboard alone; the status in words changes and is kept when the tab is opened again', async () => {
      const page = await openStrategy('mark.evans', 'light');
      const row = targetRow(page, /Avoidable contacts a year/);
      expect(await row.textContent()).toMatch(/Red – off track$/);
      const form = definitionForm(page);
      const chooser = form.getByLabel(/^Target to change/);
      await chooser.focus();
      // T1 is chosen first: T5 is four down.
      for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowDown');
      expect(await chooser.inputValue()).toBe('T5');
      expect(await form.getByLabel(/^Measure/).inputValue()).toBe('Avoidable contacts a year');
      // Measure, Unit, Baseline figure, Target figure.
      for (let step = 0; step < 4; step += 1) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.fui-Field')?.querySelector('label')?.textContent)).toMatch(/^Target figure/);
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('140000');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('176500');
      const patches: unknown[] = [];
      page.on('request', (request) => {
        if (request.method() === 'PATCH') patches.push({ body: request.postDataJSON(), ifMatch: request.headers()['if-match'] });
      });
      await page.keyboard.press('Enter');
      await form.getByText(/^T5 Avoidable contacts a year saved: 182,000 \(1 Apr 2024\) to 176,500 \(31 Mar 2029\)\. Status: Blue – complete\.$/).waitFor();
      await row.getByText('Blue – complete').waitFor();
      expect(patches).toEqual([{ body: { target: 176500 }, ifMatch: expect.any(String) }]);
      expect((await storedTarget('T5'))?.target).toBe(176500);
      await page.context().close();
      // Opened again from the start: what the table shows is what was stored.
      const reopened = await openStrategy('mark.evans', 'light');
      expect(await targetRow(reopened, /Avoidable contacts a year/).textContent()).toMatch(/176,500 \(31 Mar 2029\).*Blue – complete$/);
      await reopened.context().close();
    }, SLOW);

    it('a baseline date after the target date is refused at the field and nothing is sent', async () => {
      const page = await openStrategy('mark.evans', 'dark');
      const form = definitionForm(page);
      const patches: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'PATCH') patches.push(request.url());
      });
      await form.getByLabel(/^Baseline date/).fill('2030-01-01');
      await form.getByRole('button', { name: 'Save the definition' }).click();
      await form.getByText('The target date must come after the baseline date.').waitFor();
      const targetDate = form.getByLabel(/^Target date/);
      expect(await targetDate.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await targetDate.getAttribute('aria-describedby')) ?? '';
      expect(await page.evaluate((ids) => ids.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '), describedBy)).toContain('The target date must come after the baseline date.');
      expect(await targetDate.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(await form.getByLabel(/^Baseline date/).inputValue()).toBe('2030-01-01');
      expect(patches).toEqual([]);
      expect((await storedTarget('T1'))?.baselineDate).toBe('2025-04-01');
      await page.context().close();
    }, SLOW);

    it('keeps the typing and says what changed when the strategy changed first (412)', async () => {
      const page = await openStrategy('mark.evans', 'light');
      const form = definitionForm(page);
      await form.getByLabel(/^Target to change/).selectOption('T2');
      await form.getByLabel(/^Target figure/).fill('22');
      const mark = await tab.server.api('mark.evans', 'GET', '/api/v1/strategy');
      const theirs = await tab.server.api('mark.evans', 'PATCH', '/api/v1/strategy/targets/T2', { body: { target: 21 }, headers: { 'If-Match': mark.body.etag } });
      expect(theirs.status).toBe(200);
      await form.getByRole('button', { name: 'Save the definition' }).click();
      await form.getByText('Someone else changed the strategy’s targets after you opened them, so your change was not saved.').waitFor();
      await form.getByText(/T2 now aims for 21 \(31 Mar 2027\) from 6 \(1 Apr 2024\)\. Your typing is kept/).waitFor();
      expect(await form.getByLabel(/^Target figure/).inputValue()).toBe('22');
      expect((await storedTarget('T2'))?.target).toBe(21);
      await form.getByRole('button', { name: 'Save the definition' }).click();
      await form.getByText(/^T2 Top resident transactions online end to end saved: .* Status: /).waitFor();
      expect((await storedTarget('T2'))?.target).toBe(22);
      await page.context().close();
    }, SLOW);

    it('ICT records measurements but sees no form to change a definition', async () => {
      const page = await openStrategy('tom.reed', 'light');
      await page.getByRole('form', { name: 'Record a measurement' }).waitFor();
      expect(await definitionForm(page).count()).toBe(0);
      await page.context().close();
    }, SLOW);
  });
});
