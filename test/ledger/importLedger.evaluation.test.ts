import { describe, expect, it } from 'vitest'
import { importLedger } from '../../src/ledger/importLedger'
import { memoryStore } from '../../src/store'
import {
  evaluationLedger,
  evaluationSteps,
  PANEL_PEOPLE,
  recorded,
  refused,
  wholeEvaluation,
} from './evaluationFixtures'
import { GROUP, signer } from './fixtures'

describe('an evaluation through export and import', () => {
  it('comes back whole: the same credit file, the panel’s people, and the same checks on the next step', async () => {
    const { ledger } = await recorded(wholeEvaluation())
    await ledger.checkpoint()
    const lines: string[] = []
    for await (const line of ledger.export({ personal: true })) lines.push(line)

    const store = memoryStore()
    const result = await importLedger(store, lines, { publicKey: signer.publicKey })
    expect(result.entries).toBe(10)
    const copy = evaluationLedger(store, '2026-10-01T00:00:00Z').ledger
    expect(await copy.creditFile(GROUP)).toEqual(await ledger.creditFile(GROUP))
    expect(await copy.personalData(3)).toEqual(PANEL_PEOPLE)

    // The copy rebuilt its evaluation record from the store: the certificate is out already.
    const again = evaluationSteps().certificate
    expect(await refused(copy, { ...again, effectiveAt: '2025-09-01' })).toMatchObject([
      { code: 'certificate_already_issued' },
    ])
  })
})
