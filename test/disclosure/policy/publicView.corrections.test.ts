import { describe, expect, it } from 'vitest'
import type { Ledger } from '../../../src/createLedger'
import {
  nationalDisclosurePolicy,
  type PublicReport,
  publicReport,
  renderReportHtml,
  renderReportText,
  reportSections,
  verifyReport,
} from '../../../src/disclosure'
import { publicFieldIssues } from '../../../src/disclosure/verify/publicFieldIssues'
import { GROUP, recordedGroup, signer } from '../fixtures'

const DISTRICT = '上海市金山区民政局'

function seqsOf(report: PublicReport): number[] {
  return reportSections.flatMap((section) => report.sections[section].map((i) => i.entry.seq))
}

function everyPage(report: PublicReport): string[] {
  const verification = verifyReport(report, { publicKey: signer.publicKey })
  return [
    JSON.stringify(report),
    renderReportText(report, { lang: 'zh-CN', verification }),
    renderReportText(report, { lang: 'en', verification }),
    renderReportHtml(report, { lang: 'en', verification }),
  ]
}

async function correct(
  ledger: Ledger,
  amends: number,
  fields: Record<string, unknown>,
  effectiveAt = '2020-05-01',
): Promise<number> {
  const result = await ledger.append({
    org: GROUP,
    type: 'EntryCorrected',
    effectiveAt,
    by: DISTRICT,
    amends,
    data: { fields, reason: '公开范围录入错误' },
  })
  return result.entries[0]?.seq as number
}

const verifies = (report: PublicReport) =>
  verifyReport(report, { publicKey: signer.publicKey, policy: nationalDisclosurePolicy })

describe('publicView, for entries corrected since', () => {
  for (const visibility of ['authorities', 'internal'] as const) {
    it(`leaves out a public disclosure corrected to ${visibility}, with its correction`, async () => {
      const { ledger, seq } = await recordedGroup()
      const disclosure = seq.publicDisclosure as number
      const correction = await correct(ledger, disclosure, { visibility })
      const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
      expect(seqsOf(report)).not.toContain(disclosure)
      expect(seqsOf(report)).not.toContain(correction)
      for (const page of everyPage(report)) {
        expect(page).not.toContain('章程（2020年修订）')
        expect(page).not.toContain('第一条 本会名称为金山卫镇老年协会。')
      }
      expect(verifies(report).success).toBe(true)
    })
  }

  it('decides on every correction the checkpoint holds, even one effective after the report’s date', async () => {
    const { ledger, seq } = await recordedGroup()
    const disclosure = seq.publicDisclosure as number
    await correct(ledger, disclosure, { visibility: 'authorities' }, '2023-03-01')
    const report = await publicReport(ledger, GROUP, { asOf: '2020-12-31', signer })
    expect(seqsOf(report)).not.toContain(disclosure)
  })

  it('follows the latest correction in force: a retracted correction no longer hides the entry', async () => {
    const { ledger, seq } = await recordedGroup()
    const disclosure = seq.publicDisclosure as number
    const hiding = await correct(ledger, disclosure, { visibility: 'internal' })
    await ledger.append({
      org: GROUP,
      type: 'EntryRetracted',
      effectiveAt: '2020-06-01',
      by: DISTRICT,
      amends: hiding,
      data: { ground: 'error', reason: '更正有误' },
    })
    const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    expect(seqsOf(report)).toContain(disclosure)
    expect(verifies(report).success).toBe(true)
  })

  it('shows an internal disclosure corrected to public, with the correction, and the report verifies against the policy', async () => {
    const { ledger, seq } = await recordedGroup()
    const disclosure = seq.internalDisclosure as number
    const correction = await correct(ledger, disclosure, { visibility: 'public' })
    const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    expect(seqsOf(report)).toContain(disclosure)
    expect(seqsOf(report)).toContain(correction)
    expect(verifies(report).success).toBe(true)
  })

  it('leaves out an objection corrected to dispute only entries the public does not see', async () => {
    const { ledger, seq } = await recordedGroup()
    const objection = seq.objection as number
    await correct(ledger, objection, { disputes: [seq.activity as number] })
    const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    expect(seqsOf(report)).not.toContain(objection)
    expect(verifies(report).success).toBe(true)
  })

  it('judges a shown entry, in verifyReport with the policy, as corrected by the corrections the report shows', async () => {
    const { ledger, seq } = await recordedGroup()
    const disclosure = seq.internalDisclosure as number
    const correction = await correct(ledger, disclosure, { visibility: 'public' })
    const report = await publicReport(ledger, GROUP, { asOf: '2021-12-31', signer })
    expect(publicFieldIssues(report, nationalDisclosurePolicy)).toEqual([])
    const record = report.sections.record.filter((item) => item.entry.seq !== correction)
    const without = { ...report, sections: { ...report.sections, record } }
    const at = report.sections.disclosures.findIndex((item) => item.entry.seq === disclosure)
    expect(publicFieldIssues(without, nationalDisclosurePolicy)).toMatchObject([
      { code: 'not_public', path: ['sections', 'disclosures', at, 'entry'] },
    ])
  })
})
