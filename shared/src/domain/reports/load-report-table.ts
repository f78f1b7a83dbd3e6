import { financialYearOf } from '../actions/financial-year';
import { listActions } from '../actions/action-commands';
import type { DomainContext } from '../context/domain-context';
import { listDecisions } from '../decisions/list-decisions';
import { assertCan } from '../identity/permissions';
import type { Principal } from '../identity/roles';
import { getMeeting, listMeetings } from '../meetings/meeting-commands';
import { findTheme } from '../strategy/strategy';
import { listRequests } from '../requests/read-requests';
import { listRisks } from '../risks/list-risks';
import { findCurrentStrategy, getCurrentStrategy } from '../strategy/get-strategy';
import {
  PIPELINE_DEFAULT_STAGES,
  buildActionPlanTable,
  buildAuditActionsTable,
  buildAuditSummaryTable,
  buildCommitteeTimetableTable,
  buildDecisionsTable,
  buildPipelineTable,
  buildPortfolioTable,
  buildRagSummaryTable,
  buildRiskTable,
  buildStrategyTable,
  type TableFrame,
} from './build-report-tables';
import { BUDGET_DEFAULT_STAGES, buildBudgetTable } from './build-budget-table';
import { buildTargetsTable } from './build-targets-table';
import type { ReportChoices, ReportTable, ReportTableKey } from './report-table';
import { buildBenefitsRealisationTable } from './build-benefits-realisation-table';
import { listBenefits } from '../benefits/list-benefits';
import { buildForwardPlanTable } from './build-forward-plan-table';
import { listForwardPlan } from '../constitution/route-request';
import { buildEstateSummaryTable, buildRationalisationTable } from './build-estate-tables';
import { getEstateSummary } from '../estate/estate-commands';
import { readConstitutionSettings } from '../constitution/constitution-commands';
import { steeringGroupOf } from '../constitution/decision-route';
import { appErrors } from '../errors/app-error';
import { listInWords } from './label-in-sentence';
import { findCatalogueEntry } from './report-catalogue';


/** A theme must be one of the strategy's: an unknown one would give an empty table captioned as if it were real. */
async function assertKnownTheme(context: DomainContext, principal: Principal, themeId: string): Promise<void> {
  assertCan(principal, 'strategy:read');
  const themes = (await findCurrentStrategy(context, principal.organisationId))?.value.themes ?? [];
  if (themes.some((theme) => theme.id === themeId)) return;
  const allowed = themes.length === 0 ? 'the strategy has no themes yet' : listInWords(themes.map((theme) => `${theme.id} (${theme.title})`));
  throw appErrors.validation([{ field: 'theme', message: `Theme must be one of the strategy’s themes: ${allowed}.` }]);
}

/** A theme's title for a caption; its id when the strategy cannot be read. */
async function themeTitleOf(context: DomainContext, principal: Principal, themeId: string): Promise<string> {
  const strategy = await getCurrentStrategy(context, principal).catch(() => undefined);
  return (strategy && findTheme(strategy.value, themeId)?.title) ?? themeId;
}

/**
 * Reads what one live table needs through the domain's own functions (so every permission and
 * organisation boundary applies) and builds the table model. Defaults are filled in here: the
 * organisation's current financial year, the stages awaiting decision.
 */
export async function loadReportTable(context: DomainContext, principal: Principal, key: ReportTableKey, choices: ReportChoices): Promise<ReportTable> {
  assertCan(principal, 'reports:read', 'Only report authors and governance roles can use the report tables.');
  const organisationRecord = await context.repos.organisations.get(principal.organisationId, principal.organisationId);
  const organisation = { id: principal.organisationId, name: organisationRecord?.value.name ?? principal.organisationId };
  const asAt = context.now();
  const currentYear = () => financialYearOf(asAt, organisationRecord?.value.financialYearStartMonth ?? 4);
  const frame = (filled: ReportChoices): TableFrame => ({ organisation, choices: filled, asAt });
  if (choices.theme !== undefined && findCatalogueEntry(key)?.choices.includes('theme')) await assertKnownTheme(context, principal, choices.theme);

  switch (key) {
    case 'strategy':
      return buildStrategyTable(frame(choices), (await getCurrentStrategy(context, principal)).value);
    case 'action-plan': {
      const filled = { ...choices, year: choices.year ?? currentYear() };
      const [strategy, actions] = await Promise.all([
        getCurrentStrategy(context, principal),
        listActions(context, principal, { year: filled.year, source: 'strategy', ...(filled.theme ? { theme: filled.theme } : {}) }),
      ]);
      return buildActionPlanTable(frame(filled), strategy.value, actions.map((record) => record.value));
    }
    case 'portfolio': {
      const requests = await listRequests(context, principal, choices.theme ? { theme: choices.theme } : {});
      const themeName = choices.theme ? await themeTitleOf(context, principal, choices.theme) : undefined;
      return buildPortfolioTable(frame(choices), requests.map((record) => record.value), themeName);
    }
    case 'pipeline': {
      const filled = { ...choices, stage: choices.stage ?? [...PIPELINE_DEFAULT_STAGES] };
      const requests = await listRequests(context, principal, {
        stage: filled.stage,
        sort: 'score',
        ...(filled.theme ? { theme: filled.theme } : {}),
      });
      const themeName = filled.theme ? await themeTitleOf(context, principal, filled.theme) : undefined;
      return buildPipelineTable(frame(filled), requests.map((record) => record.value), themeName);
    }
    case 'decisions': {
      // The table matches a period against the date each decision was taken, from the meetings read
      // here; the log is read by meeting only, so the meetings are not read twice.
      const [decisions, meetings, settings] = await Promise.all([
        listDecisions(context, principal, choices.meeting ? { meeting: choices.meeting } : {}),
        listMeetings(context, principal),
        readConstitutionSettings(context, principal.organisationId),
        // A meeting that does not exist (or is another organisation's) is a 404, as before.
        choices.meeting ? getMeeting(context, principal, choices.meeting) : Promise.resolve(undefined),
      ]);
      return buildDecisionsTable(frame(choices), decisions, meetings.map((record) => record.value), steeringGroupOf(settings.value).decisionMaker);
    }
    case 'risks': {
      const risks = await listRisks(context, principal, { status: 'open' });
      return buildRiskTable(frame(choices), risks.map((record) => record.value));
    }
    case 'audit-actions': {
      const filled = { ...choices, year: choices.year ?? currentYear() };
      const actions = await listActions(context, principal, { year: filled.year, source: 'internal_audit' });
      return buildAuditActionsTable(frame(filled), actions.map((record) => record.value));
    }
    case 'rag-summary': {
      const filled = { ...choices, year: choices.year ?? currentYear() };
      const [strategy, actions] = await Promise.all([getCurrentStrategy(context, principal), listActions(context, principal, { year: filled.year, source: 'strategy' })]);
      return buildRagSummaryTable(frame(filled), strategy.value, actions.map((record) => record.value));
    }
    case 'audit-summary': {
      const filled = { ...choices, year: choices.year ?? currentYear() };
      const actions = await listActions(context, principal, { year: filled.year, source: 'internal_audit' });
      return buildAuditSummaryTable(frame(filled), actions.map((record) => record.value));
    }
    case 'committee-timetable': {
      // From today unless the author chose a date, so the timetable shows what is coming.
      const today = asAt.slice(0, 10);
      const filled = choices.from === undefined && (choices.to === undefined || choices.to >= today) ? { ...choices, from: today } : choices;
      const [meetings, settings] = await Promise.all([listMeetings(context, principal), readConstitutionSettings(context, principal.organisationId)]);
      return buildCommitteeTimetableTable(frame(filled), meetings.map((record) => record.value), settings.value.forums);
    }
    case 'budget': {
      const filled = { ...choices, stage: choices.stage ?? [...BUDGET_DEFAULT_STAGES] };
      const requests = await listRequests(context, principal, { stage: filled.stage });
      const byReference = requests.map((record) => record.value).sort((a, b) => a.id.localeCompare(b.id));
      return buildBudgetTable(frame(filled), byReference);
    }
    case 'targets':
      return buildTargetsTable(frame(choices), (await getCurrentStrategy(context, principal)).value);
    case 'benefits-realisation':
      return buildBenefitsRealisationTable(frame(choices), await listBenefits(context, principal));
    case 'forward-plan':
      return buildForwardPlanTable(frame(choices), (await listForwardPlan(context, principal)).entries);
    case 'estate-summary':
      return buildEstateSummaryTable(frame(choices), await getEstateSummary(context, principal));
    case 'estate-rationalisation':
      return buildRationalisationTable(frame(choices), await getEstateSummary(context, principal));
  }
}
