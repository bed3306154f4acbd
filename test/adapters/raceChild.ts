// One of several writer processes racing on one stream. Opens the store named by --store,
// then for each `go <version>` line on stdin appends the next entry of sampleHistory(--org)
// expecting that version, and answers `won` or `lost <code>`.
import { createInterface } from 'node:readline'
import { storeFromArgs } from '../../examples/storeFromArgs'
import { createLedger } from '../../src/createLedger'
import { isLedgerError } from '../../src/errors'
import { useNodeCrypto } from '../../src/node'
import { sampleHistory } from '../../src/testing'

useNodeCrypto()
const argv = process.argv.slice(2)
const history = sampleHistory(Number(argv[argv.indexOf('--org') + 1]), { entries: 200 })
const ledger = createLedger({ store: await storeFromArgs(argv) })
await ledger.head()
process.stdout.write('ready\n')
for await (const line of createInterface({ input: process.stdin })) {
  const version = Number(line.split(' ')[1])
  const input = history[version]
  if (input === undefined) break
  try {
    await ledger.append(input, { expectedVersion: version })
    process.stdout.write('won\n')
  } catch (error) {
    process.stdout.write(`lost ${isLedgerError(error) ? error.code : String(error)}\n`)
  }
}
await ledger.close()
