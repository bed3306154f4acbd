import { describe, expect, it } from 'vitest'
import { publicReport } from '../../src/disclosure'
import { memoryStore } from '../../src/store'
import { GROUP, newLedger, registration, SERVICE, signer } from './fixtures'

describe('a ledger beside another writer of its store', () => {
  it('answers head, checkpoints, proofs and public reports for the log as it stands, not as it first read it', async () => {
    const store = memoryStore()
    const { ledger: service } = newLedger(store)
    const { ledger: nightly } = newLedger(store)
    await nightly.append(registration(GROUP))
    expect((await service.head()).size).toBe(1)
    await nightly.append(registration(SERVICE))
    expect((await service.head()).size).toBe(2)
    expect(await service.checkpoint()).toContain('\n2\n')
    expect((await service.proveInclusion(1)).size).toBe(2)
    const report = await publicReport(service, SERVICE, { asOf: '2024-06-30', signer })
    expect(report.org).toBe(SERVICE)
  })
})
