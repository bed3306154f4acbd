import type { GivenEntry } from '../../src/testing'

// The steps of an evaluation as a registrar records them, for the scenarios of EV-07, EV-10
// and EV-19; the grade and grade actions are in history.ts.

/** A social group's application for the comprehensive evaluation on `on`. */
export const applied = (on: string): GivenEntry => ({
  type: 'EvaluationApplied',
  effectiveAt: on,
  data: { evaluationKind: 'comprehensive', occasion: 'initial' },
})

/** The public notice of a 4A result on `on`, open for review requests until `to`. */
export const noticed = (on: string, to: string): GivenEntry => ({
  type: 'EvaluationResultNoticed',
  effectiveAt: on,
  data: { proposedGrade: '4A', score: 918, period: { from: on, to } },
})

/** A review request filed on `on`. */
export const reviewRequested = (on: string): GivenEntry => ({
  type: 'EvaluationReviewRequested',
  effectiveAt: on,
  data: { reason: '两个服务项目未计分，申请复核' },
})

/** The answer to the oldest open review request, on `on`. */
export const reviewAnswered = (on: string): GivenEntry => ({
  type: 'EvaluationReviewAnswered',
  effectiveAt: on,
  data: { outcome: 'maintained', answeredBy: 'review_committee' },
})

/** The certificate of the grade in force, issued on `on`. */
export const certificateIssued = (on: string, grade: '3A' | '4A' | '5A' = '3A'): GivenEntry => ({
  type: 'EvaluationCertificateIssued',
  effectiveAt: on,
  data: { grade, number: '浦评证字第0418号', plaque: true },
})

/** The certificate out, returned on `on`. */
export const certificateReturned = (on: string): GivenEntry => ({
  type: 'EvaluationCertificateReturned',
  effectiveAt: on,
  data: { plaque: true },
})
