import { expect, it } from 'vitest'
import { createLedger } from '../../createLedger'
import { isLedgerError } from '../../errors'
import type { EventStore } from '../../store'
import { sampleHistory } from '../sampleHistory'
import { sampleOrganizationId } from '../sampleOrganizationId'
import { collect } from './fixtures'
import type { ContractHarness } from './harness'

const ROUNDS = 6

/** Ledgers over separate handles race with expected versions: one wins, the rest are told. */
export function ledgerRacingCases({ withHandles, writers, timeoutMs }: ContractHarness): void {
  it(
    `lets one of ${writers} ledgers win each version of a stream and tells the rest VERSION_CONFLICT`,
    () =>
      withHandles(writers, async (handles) => {
        const ledgers = handles.map((store) => createLedger({ store }))
        const history = sampleHistory(4, { entries: ROUNDS + 1 })
        await (ledgers[0] as (typeof ledgers)[number]).append(history.slice(0, 1))
        for (let round = 1; round <= ROUNDS; round++) {
          const input = history[round] as (typeof history)[number]
          const settled = await Promise.allSettled(
            ledgers.map((ledger) => ledger.append(input, { expectedVersion: round })),
          )
          const won = settled.filter((s) => s.status === 'fulfilled')
          const lost = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason] : []))
          expect(won).toHaveLength(1)
          expect(lost.map((e) => isLedgerError(e) && e.code)).toEqual(
            lost.map(() => 'VERSION_CONFLICT'),
          )
        }
        const store = handles[0] as EventStore
        const log = await collect(store.readAll())
        expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i))
        expect(await store.streamVersion(sampleOrganizationId(4))).toBe(ROUNDS + 1)
        const heads = await Promise.all(
          handles.map((handle) => createLedger({ store: handle }).head()),
        )
        expect(new Set(heads.map((h) => h.root)).size).toBe(1)
      }),
    timeoutMs,
  )
}
