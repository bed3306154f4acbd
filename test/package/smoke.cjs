// Requires the built package by its name, as a CommonJS user would, and runs the core once.
const api = require('integrity-ledger')
const { useNodeCrypto } = require('integrity-ledger/node')
const { runCli } = require('integrity-ledger/cli')
const { parseImportMapping } = require('integrity-ledger/import')

if (typeof runCli !== 'function' || typeof parseImportMapping !== 'function') {
  throw new Error('the cli and import subpaths do not load with require')
}

import('./scenario.mjs')
  .then(({ run }) => run(api, useNodeCrypto))
  .then(() => console.log('cjs: the built package works'))
  .catch((error) => {
    console.error(error)
    process.exit(1)
  })
