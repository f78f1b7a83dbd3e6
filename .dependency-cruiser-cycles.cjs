// No cycles between folders of product code, counting runtime imports (a type-only import, such as
// a domain port naming the records it stores, creates no load order). See .dependency-cruiser.cjs.
const product = require('./.dependency-cruiser.cjs');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles-between-folders',
      comment: 'Folders depend one way: a cycle between two folders means one of them is in the wrong layer.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^(shared/src|bot/src|tab/src|addin/src)/' },
      to: { circular: true },
    },
  ],
  options: { ...product.options, tsPreCompilationDeps: false },
};
