import { checkIndicatorSets } from './checkIndicatorSets'
import type { IndicatorSet } from './indicatorSet'
import { nationalComprehensiveSet } from './nationalComprehensiveSet'
import { nationalStandardisationSet } from './nationalStandardisationSet'

/**
 * The shipped default indicator sets: EV-03's categories for the comprehensive evaluation (社会
 * 团体, 基金会) and the standardisation evaluation (民办非企业单位), from 2011-03-01. Both are
 * marked `local: true`: the points under each category and the score bands (EV-27) are local
 * practice, not national law, and a host with its own tables replaces them.
 *
 * @example
 * scoreIssues(nationalIndicatorSets, { grade: '4A', score: 918, evaluationKind: 'comprehensive', on: '2024-06-01' }) // []
 */
export const nationalIndicatorSets: readonly IndicatorSet[] = checkIndicatorSets([
  nationalComprehensiveSet,
  nationalStandardisationSet,
])
