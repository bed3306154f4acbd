// A writer to be killed: opens the store named by --store, appends killBatch(0), (1), ... of
// --batch entries through a ledger, prints `writing` as each batch goes to the store and
// `ack <batch> <size> <root>` once the store has committed it.
import { storeFromArgs } from '../../examples/storeFromArgs'
import { createLedger } from '../../src/createLedger'
import { useNodeCrypto } from '../../src/node'
import type { EventStore, LockedAppend } from '../../src/store/eventStore'
import { killBatch } from '../../src/testing'

useNodeCrypto()
const argv = process.argv.slice(2)
const size = Number(argv[argv.indexOf('--batch') + 1] ?? 100)
const inner = await storeFromArgs(argv)
// Writes to a pipe are synchronous on Linux: each line is out before the next step starts.
const announced =
  (write: LockedAppend): LockedAppend =>
  (batch) => {
    process.stdout.write('writing\n')
    return write(batch)
  }
const locked = inner.withWriteLock
const store: EventStore = {
  ...inner,
  append: announced(inner.append),
  ...(locked
    ? { withWriteLock: (section) => locked((write, head) => section(announced(write), head)) }
    : {}),
}
const ledger = createLedger({ store })
for (let batch = 0; batch < 100_000; batch++) {
  const result = await ledger.append(killBatch(batch, size))
  process.stdout.write(`ack ${batch} ${result.size} ${result.root}\n`)
}
