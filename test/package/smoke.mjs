// Imports the built package by its name, as an ESM user would, and runs the core once.
import assert from 'node:assert/strict'
import * as api from 'integrity-ledger'
import { EXIT, runCli } from 'integrity-ledger/cli'
import { createQueryHandler } from 'integrity-ledger/http'
import { parseImportMapping, readCsvRows } from 'integrity-ledger/import'
import { useNodeCrypto } from 'integrity-ledger/node'
import { storeContract } from 'integrity-ledger/testing'
import { run } from './scenario.mjs'

assert.equal(typeof storeContract, 'function')
assert.equal(typeof runCli, 'function')
assert.equal(typeof createQueryHandler, 'function')
assert.equal(EXIT.usage, 2)
assert.equal(typeof parseImportMapping, 'function')
assert.equal(typeof readCsvRows, 'function')
await run(api, useNodeCrypto)
console.log('esm: the built package works')
