import { expect, it } from 'vitest'
import { createLedger } from '../../createLedger'
import { canonicalJson } from '../../events'
import type { EntryInput } from '../../ledger'
import { ed25519Signer, verifyLedger } from '../../proof'
import type { EventStore } from '../../store'
import { fixedClock } from '../../time'
import { sampleHistory } from '../sampleHistory'
import { collect } from './fixtures'
import type { ContractHarness } from './harness'

const signer = ed25519Signer('contract.test/migration', new Uint8Array(32).fill(7))

/**
 * A migrated entry carries its original recording as a field of the entry: a store that
 * keeps entries whole keeps it, and one that split entries into columns would drop it. It is
 * written through one handle and read through another, a separate connection where the
 * store has them.
 */
export function migratedCases({ withHandles }: ContractHarness): void {
  it('keeps a migrated entry whole, so it verifies and a ledger opened over it has its root', () =>
    withHandles(2, async (handles) => {
      const [writer, store] = handles as [EventStore, EventStore]
      const ledger = createLedger({
        store: writer,
        signer,
        clock: fixedClock('2024-06-01T01:00:00Z'),
      })
      const inputs = sampleHistory(0, { entries: 4 }).map(
        (input) =>
          ({
            ...input,
            migrated: { recordedAt: input.effectiveAt, source: '民政业务系统' },
          }) as EntryInput,
      )
      const { entries } = await ledger.append(inputs, { migration: true })
      const note = await ledger.checkpoint()
      const read = await collect(store.readAll())
      expect(read.map((entry) => canonicalJson(entry))).toEqual(
        entries.map((entry) => canonicalJson(entry)),
      )
      expect(read.map((entry) => entry.migrated)).toEqual(inputs.map((input) => input.migrated))
      expect(verifyLedger(read, note, signer.publicKey).success).toBe(true)
      const head = await ledger.head()
      expect(await createLedger({ store }).head()).toEqual(head)
      expect(await createLedger({ store, trustStoredLeaves: true }).head()).toEqual(head)
      const file = await createLedger({ store }).creditFile(inputs[0]?.org ?? '')
      expect(Object.keys(file.migrated)).toEqual(['0', '1', '2', '3'])
    }))
}
