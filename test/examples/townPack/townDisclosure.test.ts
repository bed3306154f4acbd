import { describe, expect, it } from 'vitest'
import { jinshanweiDisclosure } from '../../../examples/town-pack/jinshanweiDisclosure'
import { jinshanweiTypes } from '../../../examples/town-pack/jinshanweiTypes'
import {
  disclosingHostTypes,
  ed25519Signer,
  nationalDisclosurePolicy,
  type PublicReport,
  verifyReport,
} from '../../../src/index'
import { ORG, sampleTownYear, townLedger } from './townFixtures'

const signer = ed25519Signer('jinshanwei.test/credit', new Uint8Array(32).fill(6))
const publicKey = signer.publicKey
const asOf = '2026-01-05'

const remarked = () =>
  sampleTownYear().map((input, seq) =>
    seq === 4 ? { ...input, data: { ...(input.data as object), remarks: '服务台账齐全' } } : input,
  ) as ReturnType<typeof sampleTownYear>

const townItems = (report: PublicReport) =>
  Object.values(report.sections)
    .flat()
    .filter((item) => item.entry.type.startsWith('jinshanwei.'))

describe('the town’s disclosure policy', () => {
  it('publishes the assessment and the exemplar, and keeps plans and duty reports back', async () => {
    const ledger = await townLedger(remarked(), { signer })
    const report = await ledger.publicReport(ORG, { asOf, policy: jinshanweiDisclosure })
    expect(townItems(report).map((item) => item.entry.type)).toEqual([
      'jinshanwei.Assessed',
      'jinshanwei.ExemplarDesignated',
    ])
    expect(report.sections.disclosures.map((item) => item.entry.type)).toContain(
      'jinshanwei.Assessed',
    )
    expect(verifyReport(report, { publicKey, policy: jinshanweiDisclosure }).success).toBe(true)
  })

  it('shows the result and score of an assessment but not the panel’s remarks', async () => {
    const ledger = await townLedger(remarked(), { signer })
    const report = await ledger.publicReport(ORG, { asOf, policy: jinshanweiDisclosure })
    const shown = townItems(report)[0]?.entry.data
    expect(shown).toMatchObject({ year: 2025, score: 95, result: 'excellent' })
    expect(shown).not.toHaveProperty('remarks')
    const declared = await ledger.publicReport(ORG, { asOf })
    expect(townItems(declared)[0]?.entry.data).toHaveProperty('remarks', '服务台账齐全')
  })

  it('does not verify a town report against another policy, nor a report whose result was changed', async () => {
    const ledger = await townLedger(remarked(), { signer })
    const report = await ledger.publicReport(ORG, { asOf, policy: jinshanweiDisclosure })
    const declared = disclosingHostTypes(nationalDisclosurePolicy, jinshanweiTypes)
    expect(verifyReport(report, { publicKey, policy: declared }).success).toBe(false)
    const softened = structuredClone(report)
    const item = townItems(softened)[0]?.entry.data as Record<string, unknown>
    item.result = 'fail'
    const caught = verifyReport(softened, { publicKey, policy: jinshanweiDisclosure })
    expect(caught.success).toBe(false)
  })
})
