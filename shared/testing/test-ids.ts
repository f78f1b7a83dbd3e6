import { randomBytes } from 'node:crypto';

/** A table prefix of its own for one test file, so files never see each other's data. */
export function uniqueTablePrefix(label = 'T'): string {
  return `${label.replace(/[^A-Za-z0-9]/g, '').slice(0, 8) || 'T'}${randomBytes(5).toString('hex')}`;
}
