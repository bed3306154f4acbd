// One LedgerError across every CJS entry: an error thrown through `integrity-ledger/sqlite` or
// `integrity-ledger/postgres` is `instanceof` the root's class (see errors.mjs for the guard
// across the ESM and CJS copies).
const assert = require('node:assert/strict')
const { LedgerError, ed25519Signer } = require('integrity-ledger')
const { useNodeCrypto } = require('integrity-ledger/node')
const { postgresStore } = require('integrity-ledger/postgres')
const { sqliteStore } = require('integrity-ledger/sqlite')

function thrown(call) {
  try {
    call()
  } catch (error) {
    return error
  }
  assert.fail('expected a throw')
}

async function main() {
  const fromSqlite = thrown(() => sqliteStore({}))
  assert.equal(fromSqlite.code, 'INVALID_INPUT')
  assert.ok(fromSqlite instanceof LedgerError, 'an error from ./sqlite is the root LedgerError')
  const fromPostgres = await postgresStore({}).then(
    () => assert.fail('expected a rejection'),
    (error) => error,
  )
  assert.equal(fromPostgres.code, 'INVALID_INPUT')
  assert.ok(fromPostgres instanceof LedgerError, 'an error from ./postgres is the root LedgerError')
  useNodeCrypto()
  const fromSigner = thrown(() => ed25519Signer('', new Uint8Array(32)))
  assert.ok(
    fromSigner instanceof LedgerError,
    'an error after useNodeCrypto is the root LedgerError',
  )
  console.log('cjs: one LedgerError across ., ./sqlite, ./postgres and ./node')
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
