import type { CatalogueItem } from '@entrance-hall/shared/domain/reports/report-catalogue';
import type { ReportChoices } from '@entrance-hall/shared/domain/reports/report-table';
import { formatChoicesQuery } from '@entrance-hall/shared/domain/reports/table-tag';
import type { ActionStatus } from '@entrance-hall/shared/domain/actions/action';
import type { Stage } from '@entrance-hall/shared/domain/requests/stage';

/** What the choices form holds: text for single values ('true' for a ticked box), a list for stages and statuses. */
export type ChoiceValues = Record<string, string | string[]>;

/** The form's starting values: each choice's default from the catalogue. */
export function defaultChoiceValues(item: CatalogueItem): ChoiceValues {
  const values: ChoiceValues = {};
  for (const choice of item.choices) {
    if (choice.default === undefined) continue;
    values[choice.name] = Array.isArray(choice.default) ? [...choice.default] : String(choice.default);
  }
  return values;
}

/** The query string the API and the content-control tag use, from the form (empty answers left out). */
export function choicesQuery(values: ChoiceValues): string {
  const text = (name: string) => {
    const value = values[name];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const stage = Array.isArray(values.stage) && values.stage.length > 0 ? (values.stage as Stage[]) : undefined;
  const status = Array.isArray(values.status) && values.status.length > 0 ? (values.status as ActionStatus[]) : undefined;
  const top = text('top');
  const choices: ReportChoices = {
    ...(text('year') ? { year: text('year') } : {}),
    ...(text('theme') ? { theme: text('theme') } : {}),
    ...(stage ? { stage } : {}),
    ...(status ? { status } : {}),
    ...(text('from') ? { from: text('from') } : {}),
    ...(text('to') ? { to: text('to') } : {}),
    ...(text('meeting') ? { meeting: text('meeting') } : {}),
    // The API checks the number (an unreadable one arrives as NaN and is refused with a plain message).
    ...(top ? { top: Number(top) } : {}),
    ...(values.landscape === 'true' ? { landscape: true } : {}),
  };
  return formatChoicesQuery(choices);
}
