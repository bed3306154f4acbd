import { townHistory } from '../../examples/town/history'
import { createLedger, type Ledger } from '../../src/createLedger'
import { ed25519Signer } from '../../src/proof'
import { memoryStore } from '../../src/store'
import type { EventStore } from '../../src/store/eventStore'
import { fixedClock } from '../../src/time'

/** The town of the examples, 2015-2026, recorded day by day into a store. */
export async function townLedger(store: EventStore = memoryStore()): Promise<{
  ledger: Ledger
  store: EventStore
}> {
  const clock = fixedClock('2015-01-01T09:00:00+08:00')
  const signer = ed25519Signer('jinshan.example/credit', new Uint8Array(32).fill(7))
  const ledger = createLedger({ store, clock, signer })
  for (const day of townHistory()) {
    clock.set(`${day.recordedOn}T17:00:00+08:00`)
    await ledger.append(typeof day.entries === 'function' ? await day.entries(ledger) : day.entries)
  }
  return { ledger, store }
}
