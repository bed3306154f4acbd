import { type RegisteredKind, registeredKinds } from '../identity'

/**
 * The two kinds of evaluation (EV-03, Order 39 Art. 8): comprehensive (综合评估) for social
 * groups and foundations, standardisation (规范化建设评估) for 民办非企业单位.
 */
export const evaluationKinds = ['comprehensive', 'standardisation'] as const

/** `comprehensive` or `standardisation`. */
export type EvaluationKind = (typeof evaluationKinds)[number]

/** The organization kinds that are evaluated: 社会团体, 社会服务机构 (民非) and 基金会. */
export const evaluatedKinds: typeof registeredKinds = registeredKinds

/** A kind of organization that is evaluated: every registered form. */
export type EvaluatedKind = RegisteredKind

/**
 * EV-03: social groups and foundations take the comprehensive evaluation, social service
 * organizations (民非) the standardisation evaluation.
 */
export const evaluationKindOf: Readonly<Record<EvaluatedKind, EvaluationKind>> = Object.freeze({
  social_group: 'comprehensive',
  foundation: 'comprehensive',
  social_service_organization: 'standardisation',
})
