import { describe, expect, it } from 'vitest'
import { saltedLeaf } from '../../bench/limits/saltedAppendLimit'
import { inputsAt, organizations } from '../../bench/workload/workload'
import { createLedger } from '../../src/createLedger'
import type { EntryEnvelope } from '../../src/events'
import { entryLeafHash, toHex } from '../../src/proof'
import { memoryStore } from '../../src/store'
import { fixedClock } from '../../src/time'

describe('the salted append limit', () => {
  it('hashes the leaf the library does, so it is a limit of the same work', async () => {
    const store = memoryStore()
    const ledger = createLedger({ store, clock: fixedClock('2025-01-01T00:00:00+08:00') })
    await ledger.append(inputsAt([...organizations(3, 40)], 0))
    const buffer = Buffer.allocUnsafe(1 << 16)
    let compared = 0
    for await (const page of store.readAll()) {
      for (const entry of page as readonly EntryEnvelope[]) {
        // The limit leaves out the people commitment, made for one entry in 24.
        if (entry.personalHash !== undefined) continue
        const fields = entry as unknown as Parameters<typeof saltedLeaf>[0]
        expect(saltedLeaf(fields, buffer).toString('hex')).toBe(toHex(entryLeafHash(entry)))
        compared++
      }
    }
    expect(compared).toBeGreaterThan(500)
  })
})
