import type { ActionStatus } from './action';

export type RagColour = 'red' | 'amber' | 'green' | 'blue' | 'grey';

/** How a status is shown everywhere: always in words, with colour as a second cue. */
export interface RagStatus {
  status: ActionStatus;
  rag: RagColour;
  /** Words shown wherever the colour is, e.g. "Amber – at risk". */
  label: string;
  /** Background and text colours with at least 4.5:1 contrast, as hex without '#'. */
  fill: string;
  text: string;
}

const RAG_BY_STATUS: Record<ActionStatus, RagStatus> = {
  not_started: { status: 'not_started', rag: 'grey', label: 'Grey – not started', fill: 'D9D9D9', text: '000000' },
  on_track: { status: 'on_track', rag: 'green', label: 'Green – on track', fill: 'C6EFCE', text: '004D1A' },
  at_risk: { status: 'at_risk', rag: 'amber', label: 'Amber – at risk', fill: 'FFE699', text: '5C3B00' },
  off_track: { status: 'off_track', rag: 'red', label: 'Red – off track', fill: 'F4B6B6', text: '7A0000' },
  complete: { status: 'complete', rag: 'blue', label: 'Blue – complete', fill: 'BDD7EE', text: '0B2E59' },
};

export function ragForStatus(status: ActionStatus): RagStatus {
  return RAG_BY_STATUS[status];
}

export const RAG_KEY: readonly RagStatus[] = Object.values(RAG_BY_STATUS);
