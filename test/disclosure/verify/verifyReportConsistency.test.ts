import { describe, expect, it } from 'vitest'
import { publicReport, verifyReportConsistency } from '../../../src/disclosure'
import { verifierKey } from '../../../src/proof'
import { memoryStore } from '../../../src/store'
import { GROUP, newLedger, signer } from '../../ledger/fixtures'
import { recordedGroup } from '../fixtures'

describe('verifyReportConsistency', () => {
  it('shows with a later checkpoint and a consistency proof that an earlier report was not rewritten', async () => {
    const { ledger } = await recordedGroup()
    const report = await publicReport(ledger, GROUP, { asOf: '2020-12-31', signer })
    await ledger.append({
      org: GROUP,
      type: 'Commended',
      effectiveAt: '2022-01-01',
      by: '上海市民政局',
      data: { honour: '五星级社会组织', level: 'provincial', awardedBy: '上海市民政局' },
    })
    const later = await ledger.checkpoint()
    const size = report.sections.basic[0]?.proof.size as number
    const checked = verifyReportConsistency(
      report,
      later,
      await ledger.proveConsistency(size),
      verifierKey(signer),
    )
    expect(checked.success).toBe(true)
    if (checked.success)
      expect([checked.data.old.size, checked.data.new.size]).toEqual([size, size + 1])
  })

  it('fails when the log was rewritten under the report', async () => {
    const { ledger } = await recordedGroup()
    const report = await publicReport(ledger, GROUP, { asOf: '2020-12-31', signer })
    const size = report.sections.basic[0]?.proof.size as number
    // A second log under the same key, with the same history written afresh: new salts, new leaves.
    const { ledger: forged } = newLedger(memoryStore())
    for (const entry of await ledger.entries(GROUP)) {
      const {
        seq: _s,
        version: _v,
        recordedAt: _r,
        salt: _salt,
        personalHash: _p,
        schema: _sc,
        ...input
      } = entry
      await forged.append({
        ...input,
        ...(entry.seq === 0
          ? { personal: [{ role: 'legal_representative', name: '王建国' }] }
          : {}),
      } as never)
    }
    await forged.append({
      org: GROUP,
      type: 'Commended',
      effectiveAt: '2022-01-01',
      by: '上海市民政局',
      data: { honour: '五星级社会组织', level: 'provincial', awardedBy: '上海市民政局' },
    })
    const checked = verifyReportConsistency(
      report,
      await forged.checkpoint(),
      await forged.proveConsistency(size),
      signer.publicKey,
    )
    expect(checked.success).toBe(false)
    if (!checked.success)
      expect(checked.issues[0]).toMatchObject({ code: 'inconsistent', path: ['proof'] })
  })

  it('fails for a proof between other sizes', async () => {
    const { ledger } = await recordedGroup()
    const report = await publicReport(ledger, GROUP, { asOf: '2020-12-31', signer })
    const checked = verifyReportConsistency(
      report,
      await ledger.checkpoint(),
      await ledger.proveConsistency(3),
      signer.publicKey,
    )
    expect(checked.success).toBe(false)
  })
})
