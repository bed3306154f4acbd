export { type DueDates, type DueDatesOptions, dueDates } from './dueDates'
export type { RulesRun, RulesRunCounts, RulesRunDay, RulesRunLedger } from './rulesRun'
export { type RunRulesOptions, runRules } from './runRules'
