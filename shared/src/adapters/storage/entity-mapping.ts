import type { TableEntityResult } from '@azure/data-tables';

/** Suffix marking a property that holds a JSON-encoded list or object. */
const JSON_SUFFIX = 'Json';
const SYSTEM_PROPERTIES = new Set(['partitionKey', 'rowKey', 'etag', 'timestamp', 'odata.metadata', 'odata.etag']);

export type EntityProperties = Record<string, string | number | boolean>;

/**
 * Flattens a domain record into Table Storage properties: scalars as they are, lists and objects
 * as JSON strings. Kept inside storage so no other code knows the entity shape.
 */
export function toEntityProperties(record: object): EntityProperties {
  const properties: EntityProperties = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      properties[key] = value;
    } else {
      properties[key + JSON_SUFFIX] = JSON.stringify(value);
    }
  }
  return properties;
}

export function fromEntityProperties<T>(entity: TableEntityResult<Record<string, unknown>>): T {
  const record: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity)) {
    if (SYSTEM_PROPERTIES.has(key)) continue;
    if (key.endsWith(JSON_SUFFIX) && typeof value === 'string') {
      record[key.slice(0, -JSON_SUFFIX.length)] = JSON.parse(value);
    } else {
      record[key] = value;
    }
  }
  return record as T;
}
