export type {
  AppendBatch,
  AppendOutcome,
  EventStore,
  IdempotencyRecord,
  PersonalRecord,
  StoredCheckpoint,
  StreamRange,
} from './eventStore'
export { isNextInLine } from './isNextInLine'
export { memoryStore } from './memoryStore'
