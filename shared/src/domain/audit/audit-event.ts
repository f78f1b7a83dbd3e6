/** The kinds of record that have a history. */
export const AUDITED_ENTITIES = ['request', 'action', 'meeting', 'risk', 'capacity', 'strategy', 'organisation', 'application'] as const;
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];

export type AuditEventKind = 'created' | 'updated' | 'stage_changed' | 'scored' | 'decision_recorded' | 'decision_amended' | 'decision_rescinded' | 'benefit_actual_recorded';

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** One line of a record's history: append-only, written in the same transaction as the change. */
export interface AuditEvent {
  id: string;
  organisationId: string;
  entity: AuditedEntity;
  entityId: string;
  kind: AuditEventKind;
  actor: { id: string; name: string };
  at: string;
  /** A sentence a person can read: "Moved from Triage to Ready for decision". */
  summary: string;
  changes: FieldChange[];
}

/** The fields that differ between two versions of a record (shallow, by JSON value). */
export function diffFields<T extends object>(before: T, after: T, ignore: readonly string[] = ['updatedAt']): FieldChange[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changes: FieldChange[] = [];
  for (const key of keys) {
    if (ignore.includes(key)) continue;
    const from = (before as Record<string, unknown>)[key];
    const to = (after as Record<string, unknown>)[key];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field: key, from: from ?? null, to: to ?? null });
  }
  return changes;
}
