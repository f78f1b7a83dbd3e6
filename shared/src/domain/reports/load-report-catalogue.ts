import { ACTION_STATUSES } from '../actions/action';
import { listActions } from '../actions/action-commands';
import { ragForStatus } from '../actions/rag';
import { financialYearOf } from '../actions/financial-year';
import type { DomainContext } from '../context/domain-context';
import { AppError } from '../errors/app-error';
import { assertCan } from '../identity/permissions';
import type { Principal } from '../identity/roles';
import { listMeetings } from '../meetings/meeting-commands';
import { STAGE_LABELS, STAGES } from '../requests/stage';
import { getCurrentStrategy } from '../strategy/get-strategy';
import { DEFAULT_TOP_RISKS, PIPELINE_DEFAULT_STAGES } from './build-report-tables';
import { REPORT_CATALOGUE, type CatalogueChoice, type CatalogueItem, type ChoiceOption } from './report-catalogue';
import { MAX_TOP } from './report-choices';
import type { ReportChoiceName, ReportTableKey } from './report-table';

export type { CatalogueChoice, CatalogueItem, ChoiceOption };
import { formatDate } from '../formatting/format-values';

const LABELS: Record<ReportChoiceName, string> = {
  year: 'Financial year',
  theme: 'Strategy theme',
  stage: 'Stages',
  from: 'From (date)',
  to: 'To (date)',
  meeting: 'Meeting',
  status: 'Statuses (e.g. Blue – complete for key outcomes achieved)',
  top: 'Number of rows (top N)',
  landscape: 'Wide table: lay out for A4 landscape',
};

async function themesOf(context: DomainContext, principal: Principal): Promise<ChoiceOption[]> {
  try {
    const strategy = await getCurrentStrategy(context, principal);
    return strategy.value.themes.map((theme) => ({ value: theme.id, label: theme.title }));
  } catch (error) {
    // An organisation without a strategy yet still gets the other tables.
    if (error instanceof AppError && error.code === 'not_found') return [];
    throw error;
  }
}

/** The catalogue of live tables with each table's choices and the values this organisation can pick. */
export async function loadReportCatalogue(context: DomainContext, principal: Principal): Promise<CatalogueItem[]> {
  assertCan(principal, 'reports:read', 'Only report authors and governance roles can use the report tables.');
  const [organisation, themes, actions, meetings] = await Promise.all([
    context.repos.organisations.get(principal.organisationId, principal.organisationId),
    themesOf(context, principal),
    listActions(context, principal),
    listMeetings(context, principal),
  ]);
  const currentYear = financialYearOf(context.now(), organisation?.value.financialYearStartMonth ?? 4);
  const years = [...new Set([currentYear, ...actions.map((record) => record.value.financialYear)])].sort().reverse();
  const options: Partial<Record<ReportChoiceName, ChoiceOption[]>> = {
    year: years.map((year) => ({ value: year, label: year })),
    theme: themes,
    stage: STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] })),
    status: ACTION_STATUSES.map((status) => ({ value: status, label: ragForStatus(status).label })),
    meeting: meetings.map((record) => ({ value: record.value.id, label: `${record.value.title} (${formatDate(record.value.startsAt)})`, date: record.value.startsAt })),
  };
  const choiceFor = (key: ReportTableKey, name: ReportChoiceName): CatalogueChoice => {
    const base = { name, label: LABELS[name] };
    switch (name) {
      case 'year':
        return { ...base, kind: 'select', options: options.year, default: currentYear };
      case 'theme':
      case 'meeting':
        return { ...base, kind: 'select', options: options[name] };
      case 'stage':
        return { ...base, kind: 'multiselect', options: options.stage, ...(key === 'pipeline' ? { default: [...PIPELINE_DEFAULT_STAGES] } : {}) };
      case 'from':
        // The timetable shows what is coming: an empty "from" means today, and the pane says so.
        return { ...base, kind: 'date', ...(key === 'committee-timetable' ? { label: 'From (date; leave empty for today)' } : {}) };
      case 'to':
        return { ...base, kind: 'date' };
      case 'status':
        return { ...base, kind: 'multiselect', options: options.status };
      case 'top':
        return { ...base, kind: 'number', min: 1, max: MAX_TOP, ...(key === 'risks' ? { default: DEFAULT_TOP_RISKS } : {}) };
      case 'landscape':
        return { ...base, kind: 'boolean' };
    }
  };
  return REPORT_CATALOGUE.map((entry) => ({
    key: entry.key,
    title: entry.title,
    description: entry.description,
    choices: entry.choices.map((name) => choiceFor(entry.key, name)),
  }));
}
