export type { CatchUpOptions, CatchUpResult } from './catchUpRegister'
export {
  createRegister,
  type PageOptions,
  type Register,
  type RegisterOptions,
} from './createRegister'
export { type DueDates, type DueDatesOptions, dueDates } from './dueDates'
export { listedRows } from './listedRows'
export { memoryRegisterStore } from './memoryRegisterStore'
export { deductionOn } from './recordOnDay'
export type {
  RegisterClosure,
  RegisterDeductionSpan,
  RegisterGradeSpan,
  RegisterList,
  RegisterListStay,
  RegisterRecord,
} from './registerRecord'
export { registerRecordOf } from './registerRecordOf'
export type {
  ListedRow,
  ListQuery,
  NameSearch,
  PageRequest,
  RegisterPage,
  RegisterStatistics,
  RegisterStore,
  RegisterUpdate,
} from './registerStore'
export type { RulesRun, RulesRunCounts, RulesRunDay, RulesRunLedger } from './rulesRun'
export { type RunRulesOptions, runRules } from './runRules'
export { nameRank, searchRecords } from './searchRecords'
export { type StatisticsChange, statisticsChange } from './statisticsChange'
export {
  count,
  countDivision,
  emptyCounts,
  type StatisticsCounts,
  statisticsFrom,
} from './statisticsCounts'
export { statisticsOf } from './statisticsOf'
