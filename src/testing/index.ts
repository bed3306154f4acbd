export { type Acknowledgement, checkRecovery, type RecoveryReport } from './checkRecovery'
export type { ReopenableStorage } from './contract/harness'
export { durableStoreContract, type StorageFactory } from './durableStoreContract'
export { killBatch, killBatchOrganization } from './killBatch'
export {
  type RegisterHandle,
  type RegisterStorage,
  type RegisterStorageFactory,
  registerStoreContract,
} from './registerStoreContract'
export {
  type ExpectedDecision,
  type GivenEntry,
  type RuleOutcome,
  type RuleScenario,
  type RuleSpecification,
  ruleSpecification,
  SPECIFICATION_ORG,
} from './rulesSpecification'
export { type DecisionSummary, summarizeDecision } from './rulesSummary'
export { type SampleHistoryOptions, sampleHistory } from './sampleHistory'
export { type SampleKind, sampleOrganizationId } from './sampleOrganizationId'
export { type StoreContractOptions, type StoreFactory, storeContract } from './storeContract'
