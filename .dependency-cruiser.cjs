// The architecture's import rules (docs/ARCHITECTURE.md), checked by `npm run check:deps` inside
// `npm test`: breaking one fails the build. Paths are relative to the repository root.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'An import cycle makes start-up order matter and modules impossible to read alone.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'platform-knows-no-domain',
      comment: 'platform/ is shared plumbing: it may not know the modules, the demo, the migrations or the composition root.',
      severity: 'error',
      from: { path: '^src/platform/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^src/(modules|demo|migrations|composition)/|^src/(app|main|server|database)\\.tsx?$' },
    },
    {
      name: 'modules-meet-through-index',
      comment: "A module reaches another only through that module's index.ts.",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'modules-do-not-reach-up',
      comment: 'Modules are wired by the composition root; they never import it, the demo or the migrations.',
      severity: 'error',
      from: { path: '^src/modules/' },
      to: { path: '^src/(demo|migrations|composition)/|^src/(app|main|server)\\.tsx?$' },
    },
    {
      name: 'routes-and-views-go-through-the-service',
      comment:
        "A module's pages, routes and views get domain objects from its service: only services (and the module's own query helpers) import its *.queries.ts.",
      severity: 'error',
      from: {
        path: '^src/modules/[^/]+/(views/|admin/|api/|.*\\.(admin|public|api)\\.tsx?$|.*-routes\\.tsx?$)',
        pathNot: '\\.test\\.tsx?$',
      },
      to: { path: '\\.queries\\.ts$' },
    },
    {
      name: 'browser-code-stays-in-the-browser',
      comment: 'src/client is bundled for the browser: no server code (the modules, platform, the database).',
      severity: 'error',
      from: { path: '^src/client/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^src/(modules|platform|demo|migrations|composition)/|^src/[^/]+\\.tsx?$' },
    },
    {
      name: 'browser-code-uses-no-node-apis',
      comment: 'src/client runs in the browser, where node: modules do not exist.',
      severity: 'error',
      from: { path: '^src/client/', pathNot: '\\.test\\.tsx?$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-tests-in-the-product',
      comment: 'Product code never imports tests, test support or benchmarks.',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^(test|e2e|bench)/|\\.test\\.tsx?$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/platform/views/assets/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs'] },
  },
};
