import { describe, expect, it } from 'vitest'
import {
  entryVisibilityOf,
  fieldVisibilityOf,
  nationalDisclosurePolicy,
  personFieldVisibilityOf,
  publicReport,
  renderReportText,
  reportSections,
  verifyReport,
} from '../../src/disclosure'
import { REGISTRAR, recorded, step, wholeEvaluation } from '../ledger/evaluationFixtures'
import { GROUP, signer } from './fixtures'

const policy = nationalDisclosurePolicy

describe('nationalDisclosurePolicy: the evaluation procedure', () => {
  it('shows the public notice, the grade and the certificate, and keeps the rest for the authorities', () => {
    for (const type of [
      'EvaluationResultNoticed',
      'EvaluationGraded',
      'EvaluationCertificateIssued',
      'EvaluationCertificateReturned',
    ] as const) {
      expect(entryVisibilityOf(policy, { type }, false), type).toBe('public')
    }
    for (const type of [
      'EvaluationApplied',
      'EvaluationInitiated',
      'EvaluationEligibilityDecided',
      'EvaluatorAssigned',
      'EvaluationScored',
      'EvaluationReviewRequested',
      'EvaluationReviewAnswered',
      'EvaluationConcluded',
    ] as const) {
      expect(entryVisibilityOf(policy, { type }, false), type).toBe('authorities')
    }
    expect(fieldVisibilityOf(policy, 'EvaluationResultNoticed', ['data', 'score'])).toBe(
      'authorities',
    )
    expect(fieldVisibilityOf(policy, 'EvaluationResultNoticed', ['data', 'period'])).toBe('public')
  })

  it('never shows a panel member', () => {
    for (const role of ['registrar', 'business_guidance', 'expert']) {
      for (const field of ['role', 'name', 'idNumber'] as const) {
        expect(personFieldVisibilityOf(policy, 'EvaluatorAssigned', role, field)).not.toBe('public')
      }
    }
  })
})

describe('publicReport: an evaluation', () => {
  it('shows the notice, the grade, the certificate and its return in the grade section, with proofs, and nothing of the steps before', async () => {
    const { ledger } = await recorded([
      ...wholeEvaluation(),
      step(GROUP, 'GradeDowngraded', '2026-04-01', {
        from: '4A',
        to: '2A',
        ground: 'penalty',
        department: REGISTRAR,
      }),
      step(GROUP, 'EvaluationCertificateReturned', '2026-04-10', { plaque: true }),
    ])
    const report = await publicReport(ledger, GROUP, { asOf: '2026-06-30', signer })
    expect(report.sections.grade.map((item) => item.entry.type)).toEqual([
      'EvaluationResultNoticed',
      'EvaluationGraded',
      'EvaluationCertificateIssued',
      'GradeDowngraded',
      'EvaluationCertificateReturned',
    ])
    const everywhere = reportSections.flatMap((section) => report.sections[section])
    expect(everywhere.filter((item) => item.entry.type.startsWith('Evaluat'))).toHaveLength(4)
    expect(verifyReport(report, { publicKey: signer.publicKey }).success).toBe(true)

    const zh = renderReportText(report, { lang: 'zh-CN' })
    expect(zh).toContain('评估结果公示：拟评等级 4A')
    expect(zh).toContain('颁发评估等级证书和牌匾：4A')
    expect(zh).toContain('证书编号：沪评证字第2025-0418号')
    expect(zh).toContain('交回评估等级证书和牌匾')
    for (const hidden of ['陈志明', '刘红梅', '周建华', '两个服务项目未计分']) {
      expect(zh).not.toContain(hidden)
    }
    // The score standing on its own: hashes and signatures in the text may hold the digits.
    expect(zh).not.toMatch(/(^|[^0-9A-Za-z+/])918($|[^0-9A-Za-z+/=])/)
    for (const hidden of ['陈志明', '刘红梅', '周建华', '"score":918', '两个服务项目未计分']) {
      expect(JSON.stringify(report)).not.toContain(hidden)
    }
    const en = renderReportText(report, { lang: 'en' })
    expect(en).toContain('Preliminary evaluation result noticed: Proposed grade 4A')
  })
})
