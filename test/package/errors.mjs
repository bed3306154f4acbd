// One LedgerError across every ESM entry: the build keeps each source module its own output
// module, so src/errors.ts is loaded once and an error thrown through `integrity-ledger/sqlite`
// or `integrity-ledger/postgres` is `instanceof` the root's class. The ESM and CJS builds are
// still two copies of the class (a program that loads both, or errors crossing realms such as
// worker threads or vm contexts), and there `isLedgerError` is the guard to use.
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { isLedgerError, LedgerError } from 'integrity-ledger'
import { useNodeCrypto } from 'integrity-ledger/node'
import { postgresStore } from 'integrity-ledger/postgres'
import { sqliteStore } from 'integrity-ledger/sqlite'
import { sampleOrganizationId } from 'integrity-ledger/testing'

function thrown(call) {
  try {
    call()
  } catch (error) {
    return error
  }
  assert.fail('expected a throw')
}

const fromSqlite = thrown(() => sqliteStore({}))
assert.equal(fromSqlite.code, 'INVALID_INPUT')
assert.ok(fromSqlite instanceof LedgerError, 'an error from ./sqlite is the root LedgerError')

const fromPostgres = await postgresStore({}).then(
  () => assert.fail('expected a rejection'),
  (error) => error,
)
assert.equal(fromPostgres.code, 'INVALID_INPUT')
assert.ok(fromPostgres instanceof LedgerError, 'an error from ./postgres is the root LedgerError')

// ./testing reaches the root's modules through the same files.
const fromTesting = thrown(() => sampleOrganizationId('no such kind'))
assert.ok(fromTesting instanceof LedgerError, 'an error from ./testing is the root LedgerError')

// ./node swaps the hash and signature code the root uses; errors after the swap are the same class.
useNodeCrypto()
const { ed25519Signer } = await import('integrity-ledger')
const fromSigner = thrown(() => ed25519Signer('', new Uint8Array(32)))
assert.ok(fromSigner instanceof LedgerError, 'an error after useNodeCrypto is the root LedgerError')

// The CJS build is a second copy: `instanceof` cannot cross it, `isLedgerError` can.
const require = createRequire(import.meta.url)
const cjsError = thrown(() => require('integrity-ledger/sqlite').sqliteStore({}))
assert.equal(cjsError instanceof LedgerError, false)
assert.equal(isLedgerError(cjsError), true)
assert.equal(cjsError.code, 'INVALID_INPUT')
console.log('esm: one LedgerError across ., ./sqlite, ./postgres, ./node and ./testing')
