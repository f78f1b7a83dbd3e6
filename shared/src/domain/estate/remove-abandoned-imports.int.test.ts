import { createTestStorage } from '../../../testing/test-storage';
import { applicationSpreadsheet, demoPrincipal } from '../../../testing/fixtures/estate-fixtures';
import type { TableRepositories } from '../../adapters/storage/repositories';
import { createDomainContext, type DomainContext } from '../context/domain-context';
import { ABANDONED_IMPORT_AFTER_MS } from './application-import';
import { importApplications, listApplications } from './estate-commands';
import { removeAbandonedImports } from './remove-abandoned-imports';

const tom = demoPrincipal('tom.reed');
const MINUTE = 60 * 1000;
const IMPORT_GIVEN_UP = 'The import stopped for over an hour and was given up; nothing was imported. Import the file again.';

/**
 * Rows of an import that never finished (the server stopped half way) are removed from storage
 * once the import is abandoned, by the next import or the hourly clean-up; never a published
 * import, never one still being written. The domain clock is moved on instead of waiting an hour.
 */
describe('removing imports that never finished', () => {
  let repos: TableRepositories;
  let realCommit: TableRepositories['commit'];
  let time: number;
  let context: DomainContext;
  const passes = (ms: number) => {
    time += ms;
  };

  beforeEach(async () => {
    ({ repos } = await createTestStorage('EstateAbandoned'));
    realCommit = repos.commit.bind(repos);
    time = Date.parse('2026-11-30T09:00:00.000Z');
    context = createDomainContext(repos, { now: () => new Date(time).toISOString() });
  });

  const register = async () => (await listApplications(context, tom)).map((record) => record.value.name).sort();
  /** What storage holds, seen or not: applications, their audit events, and the import records. */
  const stored = async () => {
    const [applications, audit, imports] = await Promise.all([repos.applications.list(tom.organisationId), repos.audit.list(tom.organisationId, 'application'), repos.applicationImports.list(tom.organisationId)]);
    return { applications: applications.map((record) => record.value), audit: audit.map((record) => record.value), imports: imports.map((record) => record.value) };
  };
  const importedIn = async (importId: string) => {
    const { applications, audit } = await stored();
    const ids = new Set(applications.filter((application) => application.importedIn === importId).map((application) => application.id));
    return { applications: ids.size, auditEvents: audit.filter((event) => ids.has(event.entityId)).length };
  };

  /** Imports a file whose server stops after its first transaction of rows; returns the import left staged. */
  const stopHalfWay = async (label: string) => {
    let writes = 0;
    repos.commit = async (organisationId, operations, what) => {
      if (++writes > 2) throw new Error('The server stopped');
      return realCommit(organisationId, operations, what);
    };
    await expect(importApplications(context, tom, applicationSpreadsheet(label, 120))).rejects.toThrow('The server stopped');
    repos.commit = realCommit;
    const staged = (await stored()).imports.filter((record) => record.status === 'staged');
    expect(staged).toHaveLength(1);
    expect(await importedIn(staged[0]!.id)).toEqual({ applications: 49, auditEvents: 49 });
    return staged[0]!;
  };

  it('the next import removes a stopped import’s rows once an hour has passed, not before; the register is unchanged', async () => {
    await importApplications(context, tom, applicationSpreadsheet('Ledger', 3));
    const stopped = await stopHalfWay('Housing');
    const before = await register();
    expect(before).toHaveLength(3);

    // Still recent: the same file imports again, and the stopped rows are left (their writer might be alive).
    passes(ABANDONED_IMPORT_AFTER_MS - MINUTE);
    expect((await importApplications(context, tom, applicationSpreadsheet('Housing', 120))).imported).toBe(120);
    expect(await importedIn(stopped.id)).toEqual({ applications: 49, auditEvents: 49 });
    expect(await register()).toHaveLength(123);

    passes(MINUTE);
    expect((await importApplications(context, tom, applicationSpreadsheet('Parks', 2))).imported).toBe(2);
    expect(await importedIn(stopped.id)).toEqual({ applications: 0, auditEvents: 0 });
    const after = await stored();
    expect(after.imports.map((record) => record.id)).not.toContain(stopped.id);
    expect(after.imports.every((record) => record.status === 'published')).toBe(true);
    // Nothing anyone saw was touched: the register is what it was, with the new file.
    expect(after.applications).toHaveLength(3 + 120 + 2);
    expect(await register()).toEqual([...before, ...Array.from({ length: 120 }, (_, index) => `Housing system ${index + 1}`), 'Parks system 1', 'Parks system 2'].sort());
  });

  it('the hourly clean-up removes it too; two servers cleaning up at once remove it once, without an error', async () => {
    await importApplications(context, tom, applicationSpreadsheet('Ledger', 3));
    const stopped = await stopHalfWay('Housing');
    const before = await register();
    passes(2 * ABANDONED_IMPORT_AFTER_MS);
    const other = createDomainContext(repos, { now: context.now });
    const removed = await Promise.all([removeAbandonedImports(context, tom.organisationId), removeAbandonedImports(other, tom.organisationId)]);
    expect(removed[0] + removed[1]).toBe(1);
    expect(await importedIn(stopped.id)).toEqual({ applications: 0, auditEvents: 0 });
    expect((await stored()).imports.map((record) => record.id)).not.toContain(stopped.id);
    expect(await register()).toEqual(before);
    expect(await removeAbandonedImports(context, tom.organisationId)).toBe(0);
  });

  /** Starts a 120-row import that waits before its second transaction of rows until `resume` is called. */
  const startPausedImport = async (label: string) => {
    let applicationWrites = 0;
    let paused!: () => void;
    let resume!: () => void;
    const reached = new Promise<void>((resolve) => (paused = resolve));
    const gate = new Promise<void>((resolve) => (resume = resolve));
    repos.commit = async (organisationId, operations, what) => {
      if (what === 'application' && ++applicationWrites === 2) {
        paused();
        await gate;
      }
      return realCommit(organisationId, operations, what);
    };
    const result = importApplications(context, tom, applicationSpreadsheet(label, 120));
    result.catch(() => undefined);
    await reached;
    const live = (await stored()).imports.find((record) => record.status === 'staged' && record.startedAt === context.now())!;
    return { live, result, resume };
  };

  it('never removes an import still being written: it is published whole after the clean-up has run', async () => {
    const stopped = await stopHalfWay('Housing');
    passes(ABANDONED_IMPORT_AFTER_MS - 10 * MINUTE);
    const { live, result, resume } = await startPausedImport('Waste');
    expect(await importedIn(live.id)).toEqual({ applications: 49, auditEvents: 49 });

    // The stopped import is now abandoned; the live one last wrote half an hour ago.
    passes(30 * MINUTE);
    expect(await removeAbandonedImports(context, tom.organisationId)).toBe(1);
    expect(await importedIn(stopped.id)).toEqual({ applications: 0, auditEvents: 0 });
    expect(await importedIn(live.id)).toEqual({ applications: 49, auditEvents: 49 });

    resume();
    expect((await result).imported).toBe(120);
    expect(await register()).toHaveLength(120);
    expect((await stored()).imports).toEqual([expect.objectContaining({ id: live.id, status: 'published' })]);
  });

  it('a writer stalled for over an hour loses its import cleanly: its next write is refused, nothing is published or left', async () => {
    await importApplications(context, tom, applicationSpreadsheet('Ledger', 3));
    const before = await register();
    const { live, result, resume } = await startPausedImport('Waste');
    passes(ABANDONED_IMPORT_AFTER_MS);
    expect(await removeAbandonedImports(context, tom.organisationId)).toBe(1);
    expect(await importedIn(live.id)).toEqual({ applications: 0, auditEvents: 0 });

    resume();
    await expect(result).rejects.toMatchObject({ code: 'conflict', message: IMPORT_GIVEN_UP });
    expect(await importedIn(live.id)).toEqual({ applications: 0, auditEvents: 0 });
    expect((await stored()).imports.map((record) => record.id)).not.toContain(live.id);
    expect(await register()).toEqual(before);
  });
});
