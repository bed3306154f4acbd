export type {
  AppendBatch,
  AppendOutcome,
  EventStore,
  IdempotencyRecord,
  LockedAppend,
  PersonalRecord,
  StoredCheckpoint,
  StreamRange,
  TailOptions,
} from './eventStore'
export { isNextInLine } from './isNextInLine'
export { memoryStore } from './memoryStore'
