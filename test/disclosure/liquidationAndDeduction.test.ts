import { describe, expect, it } from 'vitest'
import {
  entryVisibilityOf,
  nationalDisclosurePolicy,
  publicReport,
  renderReportText,
  verifyReport,
} from '../../src/disclosure'
import { REGISTRAR, recorded, step } from '../ledger/evaluationFixtures'
import { GROUP, signer } from './fixtures'

const DEPARTMENTS = ['finance', 'tax', 'civil_affairs'] as const

describe('nationalDisclosurePolicy: the deduction qualification and a liquidation', () => {
  it('shows the qualification, its loss and the liquidation, and keeps the application for the registrar', () => {
    const policy = nationalDisclosurePolicy
    for (const type of [
      'DonationDeductionQualificationGranted',
      'DonationDeductionQualificationLost',
      'LiquidationStarted',
      'LiquidationCompleted',
    ] as const) {
      expect(entryVisibilityOf(policy, { type }, false), type).toBe('public')
    }
    expect(entryVisibilityOf(policy, { type: 'DeregistrationApplied' }, false)).toBe('authorities')
  })
})

describe('publicReport: the deduction qualification and a liquidation', () => {
  it('shows the qualification in its own table after the grade and a liquidation among the notices, with proofs, in the words of the report', async () => {
    const { ledger } = await recorded([
      step(GROUP, 'DonationDeductionQualificationGranted', '2023-06-20', {
        validFrom: '2023-01-01',
        validTo: '2025-12-31',
        departments: [...DEPARTMENTS],
      }),
      step(GROUP, 'LiquidationStarted', '2026-03-02', { reason: 'dissolution' }),
      {
        ...step(GROUP, 'LiquidationCompleted', '2026-04-30', { residualAssets: 82000 }),
        amends: 2,
      },
      step(GROUP, 'DeregistrationApplied', '2026-05-08', { filedWith: REGISTRAR }),
    ])
    const report = await publicReport(ledger, GROUP, { asOf: '2026-06-30', signer })
    expect(report.sections.donationDeduction.map((item) => item.entry.type)).toEqual([
      'DonationDeductionQualificationGranted',
    ])
    expect(report.sections.notices.map((item) => item.entry.type)).toEqual([
      'LiquidationStarted',
      'LiquidationCompleted',
    ])
    expect(verifyReport(report, { publicKey: signer.publicKey }).success).toBe(true)
    const zh = renderReportText(report, { lang: 'zh-CN' })
    expect(zh).toContain('取得公益性捐赠税前扣除资格')
    expect(zh).toContain('财政部门')
    expect(zh).toContain('## 公益性捐赠税前扣除资格')
    expect(zh).toContain('2023年1月1日至2025年12月31日')
    const en = renderReportText(report, { lang: 'en' })
    expect(en).toContain('## Donation deduction qualification')
    expect(zh).toContain('清算结束')
    expect(zh).not.toContain('申请注销登记')
  })
})
