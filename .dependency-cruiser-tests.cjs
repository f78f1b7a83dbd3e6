// The tests' half of Entrance Hall's dependency rules (the product's are in .dependency-cruiser.cjs):
// a test reaches another app only through the testing kit in shared/testing, never into its source.
const product = require('./.dependency-cruiser.cjs');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'tests-import-no-other-app',
      comment: "A test uses its own app's source and the testing kit (shared/testing), never another app's source.",
      severity: 'error',
      from: { path: '^(bot|tab|addin)/.*\\.test\\.tsx?$' },
      to: { path: '^(bot|tab|addin)/', pathNot: '^$1/' },
    },
    {
      name: 'shared-tests-import-no-app',
      comment: 'Tests of shared code start apps through the testing kit, never from their source.',
      severity: 'error',
      from: { path: '^shared/.*\\.test\\.tsx?$' },
      to: { path: '^(bot|tab|addin)/' },
    },
  ],
  options: { ...product.options, doNotFollow: { path: '(^|/)node_modules/' }, exclude: { path: '(^|/)(node_modules|dist|test-output)/' } },
};
