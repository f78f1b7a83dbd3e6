import { z } from 'zod';

export const STRATEGY_STATUSES = ['draft', 'approved'] as const;
export type StrategyStatus = (typeof STRATEGY_STATUSES)[number];

/** A corporate plan priority the ICT strategy serves ("A thriving local economy"). */
export interface CorporatePriority {
  id: string;
  title: string;
}

/** A strand of the strategy, linked to corporate priorities. */
export interface Theme {
  id: string;
  title: string;
  description: string;
  corporatePriorityIds: string[];
  objectives: string[];
}

/** The organisation's ICT strategy, e.g. "ICT Strategy 2024–2029". */
export interface Strategy {
  id: string;
  organisationId: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  status: StrategyStatus;
  approvedBy?: string;
  approvedOn?: string;
  corporatePriorities: CorporatePriority[];
  themes: Theme[];
  createdAt: string;
  updatedAt: string;
}

export const strategyStatusSchema = z.enum(STRATEGY_STATUSES);

export function findTheme(strategy: Strategy, themeId: string): Theme | undefined {
  return strategy.themes.find((theme) => theme.id === themeId);
}

export function findCorporatePriority(strategy: Strategy, priorityId: string): CorporatePriority | undefined {
  return strategy.corporatePriorities.find((priority) => priority.id === priorityId);
}
