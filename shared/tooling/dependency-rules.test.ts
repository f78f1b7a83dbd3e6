import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const DEPCRUISE = path.join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruiser.mjs');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/**
 * A small tree laid out like Entrance Hall, each file making one import the rules forbid (and one
 * that is allowed), checked with the same configuration `npm run lint` uses.
 */
const BAD_TREE: Record<string, string> = {
  'shared/src/domain/requests/create-request.ts': "import { store } from '../../adapters/storage/table-store';\nimport { roles } from '../identity/roles';\nexport const create = [store, roles];\n",
  'shared/src/domain/identity/roles.ts': "export const roles = ['Officer'];\n",
  'shared/src/domain/meetings/meeting.ts': "import { decision } from '../decisions/decision';\nexport const meeting = () => decision;\n",
  'shared/src/domain/decisions/decision.ts': "import { meeting } from '../meetings/meeting';\nexport const decision = () => meeting;\n",
  'shared/src/adapters/storage/table-store.ts': "import { route } from '../../http/api/route';\nexport const store = route;\n",
  'shared/src/http/api/route.ts': "import { start } from '../../../../bot/src/server/start-server';\nimport { DEMO_USERS } from '../../../demo/demo-users';\nexport const route = [start, DEMO_USERS];\n",
  'shared/demo/demo-users.ts': 'export const DEMO_USERS = [];\n',
  'shared/testing/start-test-server.ts': 'export const startTestServer = 1;\n',
  'bot/src/server/start-server.ts': "import { startTestServer } from '../../../shared/testing/start-test-server';\nimport { DEMO_USERS } from '../../../shared/demo/demo-users';\nexport const start = [startTestServer, DEMO_USERS];\n",
  'tab/src/board/board-view.ts': "import { store } from '../../../shared/src/adapters/storage/table-store';\nimport { roles } from '../../../shared/src/domain/identity/roles';\nexport const view = [store, roles];\n",
  'addin/src/taskpane/pane.ts': "import { view } from '../../../tab/src/board/board-view';\nexport const pane = view;\n",
  'tab/src/board/board.test.ts': "import { start } from '../../../bot/src/server/start-server';\nexport const test = start;\n",
  'shared/src/http/api/route.test.ts': "import { start } from '../../../../bot/src/server/start-server';\nexport const test = start;\n",
};

function cruise(tree: string, config: string, inputs: string[]): Violation[] {
  const fixtureConfig = path.join(tree, 'fixture-rules.cjs');
  // The project's rules as they are, without its tsconfig (the fixture imports by relative path only).
  writeFileSync(fixtureConfig, `const rules = require(${JSON.stringify(path.join(ROOT, config))});\nmodule.exports = { ...rules, options: { ...rules.options, tsConfig: undefined } };\n`);
  const run = spawnSync(process.execPath, [DEPCRUISE, '--config', fixtureConfig, '--output-type', 'json', ...inputs], { cwd: tree, encoding: 'utf8' });
  if (run.status !== 0 && !run.stdout) throw new Error(run.stderr);
  return (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('the dependency rules in npm run lint', () => {
  const tree = mkdtempSync(path.join(tmpdir(), 'eh-layers-'));
  for (const [file, text] of Object.entries(BAD_TREE)) {
    mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
    writeFileSync(path.join(tree, file), text);
  }
  afterAll(() => rmSync(tree, { recursive: true, force: true }));

  const found = (violations: Violation[]) => violations.map(({ rule, from, to }) => `${rule.name}: ${from} → ${to}`);

  it('fail each forbidden import in product code, naming the rule, and pass the allowed ones', () => {
    const inputs = ['shared/src', 'shared/demo', 'bot/src', 'tab/src', 'addin/src'];
    const violations = [...found(cruise(tree, '.dependency-cruiser.cjs', inputs)), ...found(cruise(tree, '.dependency-cruiser-cycles.cjs', inputs))];
    expect(violations).toEqual(
      expect.arrayContaining([
        'domain-imports-only-domain: shared/src/domain/requests/create-request.ts → shared/src/adapters/storage/table-store.ts',
        'adapters-import-no-http-or-apps: shared/src/adapters/storage/table-store.ts → shared/src/http/api/route.ts',
        'http-imports-no-apps: shared/src/http/api/route.ts → bot/src/server/start-server.ts',
        'browser-imports-no-server-code: tab/src/board/board-view.ts → shared/src/adapters/storage/table-store.ts',
        'apps-import-no-other-app: addin/src/taskpane/pane.ts → tab/src/board/board-view.ts',
        'product-imports-no-testing: bot/src/server/start-server.ts → shared/testing/start-test-server.ts',
        'product-imports-no-demo: shared/src/http/api/route.ts → shared/demo/demo-users.ts',
        'no-cycles-between-folders: shared/src/domain/meetings → shared/src/domain/decisions',
      ]),
    );
    // Allowed: the domain within itself, the browser on the domain, the local-run composition on the demo data.
    expect(violations.filter((violation) => violation.endsWith('→ shared/src/domain/identity/roles.ts'))).toEqual([]);
    expect(violations).not.toContain('product-imports-no-demo: bot/src/server/start-server.ts → shared/demo/demo-users.ts');
  }, 120_000);

  it('fail a test that reaches into another app’s source', () => {
    const violations = found(cruise(tree, '.dependency-cruiser-tests.cjs', ['shared', 'bot/src', 'tab/src', 'addin/src']));
    expect(violations).toEqual(
      expect.arrayContaining([
        'tests-import-no-other-app: tab/src/board/board.test.ts → bot/src/server/start-server.ts',
        'shared-tests-import-no-app: shared/src/http/api/route.test.ts → bot/src/server/start-server.ts',
      ]),
    );
  }, 120_000);
});
