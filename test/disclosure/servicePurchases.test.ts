import { describe, expect, it } from 'vitest'
import {
  entryVisibilityOf,
  nationalDisclosurePolicy,
  publicReport,
  renderReportText,
  verifyReport,
} from '../../src/disclosure'
import { recorded, step } from '../ledger/evaluationFixtures'
import { GROUP, signer } from './fixtures'

const policy = nationalDisclosurePolicy

describe('nationalDisclosurePolicy: fundraising and service purchases', () => {
  it('shows plans and service purchases, and keeps applications and refusals for the authorities', () => {
    for (const type of [
      'FundraisingPlanFiled',
      'ServicePurchaseContracted',
      'ServicePurchaseCompleted',
    ] as const) {
      expect(entryVisibilityOf(policy, { type }, false), type).toBe('public')
    }
    for (const type of ['PublicFundraisingApplied', 'PublicFundraisingRefused'] as const) {
      expect(entryVisibilityOf(policy, { type }, false), type).toBe('authorities')
    }
  })
})

describe('publicReport: government purchases of services', () => {
  it('shows a contract and its acceptance in their own section, in both languages, with proofs', async () => {
    const { ledger } = await recorded([
      step(GROUP, 'ServicePurchaseContracted', '2026-01-05', {
        buyer: '上海市浦东新区民政局',
        project: '浦东新区社区养老服务项目',
        mode: 'long_term_purchase',
        amount: 480000,
        period: { from: '2026-01-01', to: '2026-06-30' },
      }),
      {
        ...step(GROUP, 'ServicePurchaseCompleted', '2026-07-15', { result: 'accepted' }),
        amends: 1,
      },
      step(GROUP, 'FundraisingPlanFiled', '2026-07-20', {
        title: '困境儿童助学公开募捐',
        period: { from: '2026-08-01', to: '2027-07-31' },
        emergency: false,
        filedWith: '上海市民政局',
      }),
    ])
    const report = await publicReport(ledger, GROUP, { asOf: '2026-08-30', signer })
    expect(report.sections.servicePurchases.map((item) => item.entry.type)).toEqual([
      'ServicePurchaseContracted',
      'ServicePurchaseCompleted',
    ])
    expect(report.sections.disclosures.map((item) => item.entry.type)).toContain(
      'FundraisingPlanFiled',
    )
    expect(verifyReport(report, { publicKey: signer.publicKey }).success).toBe(true)

    const zh = renderReportText(report, { lang: 'zh-CN' })
    expect(zh).toContain('承接政府购买服务')
    expect(zh).toContain('浦东新区社区养老服务项目')
    expect(zh).toContain('长期购买')
    expect(zh).toContain('480,000元')
    expect(zh).toContain('验收合格')
    expect(zh).toContain('困境儿童助学公开募捐')
    const en = renderReportText(report, { lang: 'en' })
    expect(en).toContain('Government purchases of services')
    expect(en).toContain('¥480,000')
  })
})
