import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * axe-core's findings in words a failing test can show: rule, impact, where. Fluent UI's focus
 * sentinels (Tabster's `<i data-tabster-dummy aria-hidden tabindex=0>`) are left out: they are a
 * known false positive of aria-hidden-focus (microsoft/tabster#288, fluentui#25133); they pass focus
 * on at once and must stay hidden from screen readers. Everything else on the page is checked.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .exclude('[data-tabster-dummy]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`);
}
