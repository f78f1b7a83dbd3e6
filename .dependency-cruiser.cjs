// Entrance Hall's one layering rule, checked by `npm run lint` (docs/architecture.md explains it):
// a layer imports only the layers below it. domain ← adapters ← http ← apps (bot); the browser
// apps (tab, add-in) sit on domain and browser only. Tests and demo data sit outside the product.
// This file checks the product code's imports, type-only ones included (tests are left out);
// .dependency-cruiser-cycles.cjs checks for cycles between folders (runtime imports: a type-only
// import creates no load order); .dependency-cruiser-tests.cjs checks the tests. shared/testing/dependency-rules.test.ts proves
// that each rule fails a deliberately bad import.
/** Files that are tests or test kit, never shipped. */
const TEST = '(\\.test\\.tsx?$|^shared/testing/|^bench/)';
/** The only product files allowed to load the demo councils: the local-run composition. */
const DEMO_COMPOSITION = '^(bot/src/server/start-server\\.ts|bot/src/dev/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-imports-only-domain',
      comment: 'The domain (concepts, rules, commands against ports) imports nothing but itself and libraries.',
      severity: 'error',
      from: { path: '^shared/src/domain/', pathNot: TEST },
      to: { path: '^(shared/src/(adapters|http|browser)/|shared/(testing|demo|tooling)/|bot/|tab/|addin/)' },
    },
    {
      name: 'adapters-import-no-http-or-apps',
      comment: 'Adapters implement domain ports; they know nothing of HTTP or the apps.',
      severity: 'error',
      from: { path: '^shared/src/adapters/', pathNot: TEST },
      to: { path: '^(shared/src/(http|browser)/|bot/|tab/|addin/)' },
    },
    {
      name: 'http-imports-no-apps',
      comment: 'The HTTP layer serves the domain; the apps sit on top of it, not under it.',
      severity: 'error',
      from: { path: '^shared/src/http/', pathNot: TEST },
      to: { path: '^(bot|tab|addin)/' },
    },
    {
      name: 'browser-imports-no-server-code',
      comment: 'The tab, the add-in and shared/src/browser run in a browser: domain and browser code only.',
      severity: 'error',
      from: { path: '^(tab/src/|addin/src/|shared/src/browser/)', pathNot: TEST },
      to: { path: '^(shared/src/(adapters|http)/|bot/)' },
    },
    {
      name: 'apps-import-no-other-app',
      comment: 'No app (or its tests) reaches into another app; what they share lives in shared/.',
      severity: 'error',
      from: { path: '^(bot|tab|addin)/' },
      to: { path: '^(bot|tab|addin)/', pathNot: '^$1/' },
    },
    {
      name: 'product-imports-no-testing',
      comment: 'Product code never loads the testing kit.',
      severity: 'error',
      from: { path: '^(shared/src|bot/src|tab/src|addin/src)/', pathNot: TEST },
      to: { path: '^shared/testing/' },
    },
    {
      name: 'product-imports-no-demo',
      comment: 'Demo councils are data for local runs and tests: only the local-run composition loads them.',
      severity: 'error',
      from: { path: '^(shared/src|bot/src|tab/src|addin/src)/', pathNot: `${TEST}|${DEMO_COMPOSITION}` },
      to: { path: '^shared/demo/' },
    },
  ],
  options: {
    // The testing kit is never followed: product code that imports it is reported, and stops there.
    doNotFollow: { path: '(^|/)node_modules/|^shared/testing/' },
    exclude: { path: '(^|/)(node_modules|dist|test-output)/|\\.test\\.tsx?$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
