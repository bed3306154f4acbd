export type { AppendOptions, AppendResult } from './append'
export {
  type ApplicableDecision,
  type Applied,
  type ApplyOptions,
  applyDecisions,
  type Confirmation,
  type DecisionSink,
  decisionKey,
} from './applyDecisions'
export { changedSince } from './changedSince'
export type { EntryInput, HostEntryInput, TypedEntryInput } from './entryInput'
export type { ExpectedVersion, ExpectedVersions } from './expectedVersion'
export type { ExportOptions } from './exportLedger'
export { type ImportOptions, type ImportResult, importLedger } from './importLedger'
export type { ImportSource } from './importLines'
export type { ErasureOptions } from './personalData'
export type { ReadOptions } from './readOptions'
