import { createTestStorage } from '../../../testing/test-storage';
import { applicationSpreadsheet, demoPrincipal } from '../../../testing/fixtures/estate-fixtures';
import type { TableRepositories } from '../../adapters/storage/repositories';
import type { DomainContext } from '../context/domain-context';
import { getApplication, importApplications, listApplications } from './estate-commands';

const tom = demoPrincipal('tom.reed');

/**
 * A CSV import is written in several transactions (Table Storage commits at most 100 writes at
 * once); these tests read the register between those transactions, as another ICT officer's
 * screen would, and stop storage half way, as a failing server would.
 */
describe('importing applications from CSV: all or nothing, as readers see it', () => {
  let repos: TableRepositories;
  let context: DomainContext;
  const commit = () => repos.commit.bind(repos);
  let realCommit: TableRepositories['commit'];

  beforeAll(async () => {
    ({ repos, context } = await createTestStorage('EstateImport'));
    realCommit = commit();
  });
  afterEach(() => {
    repos.commit = realCommit;
  });

  const register = async () => (await listApplications(context, tom)).map((record) => record.value.name);

  it('shows none of a 120-row file while it is being written, then all of it', async () => {
    const seen: number[] = [];
    let firstWritten: string | undefined;
    repos.commit = async (organisationId, operations, what) => {
      const etags = await realCommit(organisationId, operations, what);
      if (what === 'application') {
        firstWritten ??= (await repos.applications.list(organisationId))[0]?.value.id;
        seen.push((await register()).length);
        await expect(getApplication(context, tom, firstWritten!)).rejects.toMatchObject({ code: 'not_found' });
      }
      return etags;
    };
    const report = await importApplications(context, tom, applicationSpreadsheet('Ledger', 120));

    expect(report.imported).toBe(120);
    expect(seen).toEqual([0, 0, 0]);
    expect(await register()).toHaveLength(120);
    expect((await getApplication(context, tom, firstWritten!)).value).toMatchObject({ name: expect.stringMatching(/^Ledger system/), importedIn: expect.any(String) });
  });

  it('leaves nothing when a write fails half way, and the same file imports afterwards', async () => {
    const before = await register();
    let applicationWrites = 0;
    repos.commit = async (organisationId, operations, what) => {
      if (what === 'application' && operations.some((operation) => operation.op === 'create') && ++applicationWrites === 2) throw new Error('Storage stopped answering');
      return realCommit(organisationId, operations, what);
    };
    await expect(importApplications(context, tom, applicationSpreadsheet('Payroll', 120))).rejects.toThrow('Storage stopped answering');
    expect(await register()).toEqual(before);

    repos.commit = realCommit;
    expect((await importApplications(context, tom, applicationSpreadsheet('Payroll', 120))).imported).toBe(120);
    expect(await register()).toHaveLength(before.length + 120);
  });

  it('shows nothing of a file whose server stopped half way (no clean-up ran), and the file imports again', async () => {
    const before = await register();
    let writes = 0;
    repos.commit = async (organisationId, operations, what) => {
      if (++writes > 2) throw new Error('The server stopped');
      return realCommit(organisationId, operations, what);
    };
    await expect(importApplications(context, tom, applicationSpreadsheet('Housing', 120))).rejects.toThrow('The server stopped');
    repos.commit = realCommit;
    // The first transaction's rows are in storage, unpublished: no reader sees them, and they block no name.
    const stored = (await repos.applications.list(tom.organisationId)).length;
    expect(stored).toBeGreaterThan(before.length);
    expect(stored).toBeLessThan(before.length + 120);
    expect(await register()).toEqual(before);
    expect((await importApplications(context, tom, applicationSpreadsheet('Housing', 120))).imported).toBe(120);
    expect((await register()).filter((name) => name.startsWith('Housing'))).toHaveLength(120);
  });
});
