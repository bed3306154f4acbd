// One of several writer processes, each appending to a stream of its own on one shared store.
// Opens the store named by --store, waits for `go` on stdin, then appends --entries entries of
// sampleHistory(--org) one call each, and prints one JSON line: the codes of the appends that
// failed and the latency of each call in ms.
import { createInterface } from 'node:readline'
import { storeFromArgs } from '../../examples/storeFromArgs'
import { createLedger } from '../../src/createLedger'
import { isLedgerError } from '../../src/errors'
import { useNodeCrypto } from '../../src/node'
import { sampleHistory } from '../../src/testing'

useNodeCrypto()
const argv = process.argv.slice(2)
const option = (name: string) => Number(argv[argv.indexOf(name) + 1])
const history = sampleHistory(option('--org'), { entries: option('--entries') })
const ledger = createLedger({ store: await storeFromArgs(argv) })
await ledger.head()
process.stdout.write('ready\n')
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]()
await lines.next()
const failures: string[] = []
const latencies: number[] = []
for (const input of history) {
  const started = performance.now()
  try {
    await ledger.append(input)
  } catch (error) {
    failures.push(isLedgerError(error) ? `${error.code}: ${error.message}` : String(error))
  }
  latencies.push(performance.now() - started)
}
process.stdout.write(`${JSON.stringify({ failures, latencies })}\n`)
await ledger.close()
process.exit(0)
