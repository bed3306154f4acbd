// The layer order of the design: a folder may import only the layers listed for it.
// Everything may use errors.ts, language.ts and _internal/; the entry files (index, node) may use all.
// A layer is a folder, except the facade, src/createLedger.ts: one file above the layers it wires.
const files = new Set(['createLedger'])
const layers = {
  time: [],
  identity: [],
  // The evaluation measures as pure functions and data (grades, validity, cool-off, indicator
  // sets, score bands): low, so that entry schemas and the credit file can derive from them.
  evaluation: ['time', 'identity'],
  events: ['evaluation', 'time', 'identity'],
  proof: ['events', 'time', 'identity'],
  store: ['events', 'proof', 'time', 'identity'],
  'credit-file': ['events', 'evaluation', 'time', 'identity'],
  ledger: ['store', 'proof', 'events', 'credit-file', 'evaluation', 'time', 'identity'],
  rules: ['credit-file', 'events', 'evaluation', 'time', 'identity'],
  policies: ['rules', 'credit-file', 'events', 'evaluation', 'time', 'identity'],
  // Disclosure defaults to the national disclosure policy, national data kept in policies/cn;
  // the policy's data types are the rules pack's.
  disclosure: [
    'policies',
    'credit-file',
    'proof',
    'rules',
    'events',
    'evaluation',
    'time',
    'identity',
  ],
  // The facade: wires the write path to a store, a clock, a signer and host entry types, and
  // gives the ledger its public report, so the write path never imports disclosure.
  createLedger: [
    'ledger',
    'store',
    'credit-file',
    'disclosure',
    'proof',
    'events',
    'evaluation',
    'time',
  ],
  // The register: read models over every organization, the nightly rules run and due dates,
  // above the ledger, the rules and disclosure, below the adapters.
  register: [
    'ledger',
    'store',
    'rules',
    'disclosure',
    'credit-file',
    'proof',
    'events',
    'evaluation',
    'time',
    'identity',
  ],
  testing: [
    'createLedger',
    'register',
    'ledger',
    'store',
    'proof',
    'events',
    'credit-file',
    'rules',
    'policies',
    'time',
    'identity',
  ],
  // Importing another system's records (integrity-ledger/import): above the ledger, which it
  // appends to; its readers are Node-only, its mapping and importRows are not.
  import: ['createLedger', 'ledger', 'store', 'proof', 'events', 'time', 'identity'],
  // The public query service: a web-standard request handler over the register, the ledger and
  // disclosure, the `./http` subpath, imported by nothing. No Node built-ins, so it mounts in
  // node:http, Deno or a worker alike.
  http: ['createLedger', 'register', 'ledger', 'disclosure', 'proof', 'events', 'identity', 'time'],
  // The durable stores: Node-only subpaths that no layer imports, so the core stays free of
  // native code.
  adapters: ['register', 'ledger', 'store', 'proof', 'events', 'time', 'identity'],
  // The script a public report page loads to verify itself: browser code over the verifying
  // layers, bundled on its own and imported by nothing.
  browser: ['disclosure', 'proof', 'events', 'time', 'identity'],
  // The command line: a Node-only subpath over everything, imported by nothing.
  cli: [
    'createLedger',
    'http',
    'import',
    'adapters',
    'register',
    'ledger',
    'store',
    'rules',
    'policies',
    'disclosure',
    'credit-file',
    'proof',
    'events',
    'time',
    'identity',
  ],
}
const names = Object.keys(layers)
/** The path pattern of a layer below src/: its folder, or the one file it is. */
const place = (layer) => (files.has(layer) ? `${layer}\\.ts$` : `${layer}/`)

const layerRules = names.map((layer) => ({
  name: `layer-${layer}`,
  comment: `src/${layer} may import only: ${layers[layer].join(', ') || 'nothing but errors and _internal'}`,
  severity: 'error',
  from: { path: `^src/${place(layer)}` },
  to: {
    path: `^src/(${names
      .filter((f) => f !== layer && !layers[layer].includes(f))
      .map(place)
      .join('|')})`,
  },
}))

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'through-indexes',
      comment:
        "a folder reaches another folder of src/ only through that folder's index.ts, so each index lists what its folder offers the others and the files behind it can move freely; the files directly under src/ and src/_internal are exempt, and each store in src/adapters is reached through its own index",
      severity: 'error',
      from: { path: '^src/([^/]+)/', pathNot: '^src/_internal/' },
      to: {
        path: '^src/([^/]+)/',
        pathNot: [
          '^src/$1/',
          '^src/[^/]+/index\\.ts$',
          '^src/adapters/[^/]+/index\\.ts$',
          '^src/_internal/',
        ],
      },
    },
    {
      name: 'no-cycles',
      comment: 'no runtime cycles; a cycle made only of type imports vanishes on compilation',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'internal-stays-internal',
      comment: 'src/_internal is private: it imports nothing from the layers above it',
      severity: 'error',
      from: { path: '^src/_internal/' },
      to: { path: `^src/(${names.map(place).join('|')})` },
    },
    {
      name: 'core-is-portable',
      comment:
        'the core and src/browser run in browsers: Node built-ins only in src/node.ts, the Node-only subpaths and the import readers',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(node\\.ts|adapters/|cli/|import/readers/)' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
}
