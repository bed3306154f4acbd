// Requires the built package by its name, as a CommonJS user would, and runs the core once.
const api = require('integrity-ledger')
const { useNodeCrypto } = require('integrity-ledger/node')
const { runCli } = require('integrity-ledger/cli')
const { parseImportMapping } = require('integrity-ledger/import')
const { createQueryHandler } = require('integrity-ledger/http')

if ([runCli, parseImportMapping, createQueryHandler].some((f) => typeof f !== 'function')) {
  throw new Error('the cli, import and http subpaths do not load with require')
}

import('./scenario.mjs')
  .then(({ run }) => run(api, useNodeCrypto))
  .then(() => console.log('cjs: the built package works'))
  .catch((error) => {
    console.error(error)
    process.exit(1)
  })
