export { checkIndicatorSets } from './checkIndicatorSets'
export { coolOffIssues } from './coolOffIssues'
export { coolOffPeriods, coolOffUntil, type GradeAction } from './coolOffUntil'
export { defineIndicatorSet } from './defineIndicatorSet'
export {
  type EvaluatedKind,
  type EvaluationKind,
  evaluatedKinds,
  evaluationKindOf,
  evaluationKinds,
} from './evaluationKinds'
export {
  EVALUATION_2011_FROM,
  EVALUATION_2026_FROM,
  type EvaluationMeasures,
  evaluationMeasuresOn,
} from './evaluationMeasuresOn'
export { gradeForScore } from './gradeForScore'
export { type Grade, grades } from './grades'
export { type GradeValidity, gradeValidity } from './gradeValidity'
export { gradeValidityOf, type HeldValidity, type StatedGrading } from './gradeValidityOf'
export {
  type BilingualText,
  type Indicator,
  type IndicatorCategory,
  type IndicatorSet,
  indicatorSetSchema,
  type ScoreBand,
} from './indicatorSet'
export { type IndicatorSetQuery, indicatorSetInForce } from './indicatorSetInForce'
export { nationalIndicatorSets } from './nationalIndicatorSets'
export { type ReEvaluationWindow, reEvaluationWindow } from './reEvaluationWindow'
export { sameScore } from './sameScore'
export { type ScoredGrade, scoreIssues } from './scoreIssues'
export { scoreSheetIssues } from './scoreSheetIssues'
export { validityIssues } from './validityIssues'
