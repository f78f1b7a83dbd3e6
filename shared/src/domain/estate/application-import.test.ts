import fc from 'fast-check';
import { ABANDONED_IMPORT_AFTER_MS, isAbandonedImport, type ApplicationImport } from './application-import';

const MINUTE = 60 * 1000;
const at = (time: number) => new Date(time).toISOString();
const instant = fc.integer({ min: Date.parse('2020-01-01T00:00:00Z'), max: Date.parse('2060-12-31T00:00:00Z') });
const status = fc.constantFrom<ApplicationImport['status']>('staged', 'published');

describe('which CSV imports are abandoned (and so removed with their rows)', () => {
  const started = '2026-11-30T09:00:00.000Z';

  it('is an unpublished import with nothing written for an hour, counted from its last write', () => {
    expect(ABANDONED_IMPORT_AFTER_MS).toBe(60 * MINUTE);
    expect(isAbandonedImport({ status: 'staged', startedAt: started }, '2026-11-30T09:59:59.999Z')).toBe(false);
    expect(isAbandonedImport({ status: 'staged', startedAt: started }, '2026-11-30T10:00:00.000Z')).toBe(true);
    // Still being written at 09:45: alive until 10:45.
    expect(isAbandonedImport({ status: 'staged', startedAt: started, lastWrittenAt: '2026-11-30T09:45:00.000Z' }, '2026-11-30T10:30:00.000Z')).toBe(false);
    expect(isAbandonedImport({ status: 'staged', startedAt: started, lastWrittenAt: '2026-11-30T09:45:00.000Z' }, '2026-11-30T10:45:00.000Z')).toBe(true);
    expect(isAbandonedImport({ status: 'published', startedAt: started }, '2027-11-30T10:00:00.000Z')).toBe(false);
  });

  it('never a published import, never one written to within the hour, always any other (property)', () => {
    fc.assert(
      fc.property(status, instant, fc.option(fc.integer({ min: 0, max: 600 * MINUTE }), { nil: undefined }), fc.integer({ min: -600 * MINUTE, max: 600 * MINUTE }), (state, start, writtenAfter, sinceLastWrite) => {
        const lastWrite = start + (writtenAfter ?? 0);
        const record = { status: state, startedAt: at(start), ...(writtenAfter === undefined ? {} : { lastWrittenAt: at(lastWrite) }) };
        expect(isAbandonedImport(record, at(lastWrite + sinceLastWrite))).toBe(state === 'staged' && sinceLastWrite >= ABANDONED_IMPORT_AFTER_MS);
      }),
    );
  });

  it('once abandoned, stays abandoned as time goes on, until something is written under it (property)', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 600 * MINUTE }), fc.integer({ min: 0, max: 600 * MINUTE }), (start, first, later) => {
        const record = { status: 'staged' as const, startedAt: at(start) };
        if (isAbandonedImport(record, at(start + first))) {
          expect(isAbandonedImport(record, at(start + first + later))).toBe(true);
          expect(isAbandonedImport({ ...record, lastWrittenAt: at(start + first + later) }, at(start + first + later))).toBe(false);
        }
      }),
    );
  });
});
