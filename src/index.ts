// The public contract of integrity-ledger, one name at a time.

// Credit files.
export { type CreditFile, creditFileOf, evolve } from './credit-file'
export { type Issue, isLedgerError, LedgerError, type LedgerErrorCode, type Result } from './errors'
// Entries.
export {
  canonicalBytes,
  canonicalJson,
  type Entry,
  type EntryData,
  type EntryEnvelope,
  type EntryOf,
  type EntryType,
  type EntryTypeDefinition,
  entryTypes,
  isEntryType,
  type OrganizationStatus,
  type Person,
  type PersonalData,
  parseEntryData,
  upcastEntry,
} from './events'
// Organization ids.
export {
  type FilingId,
  filingId,
  kindOfOrganizationId,
  normalizeUscc,
  type OrganizationId,
  type OrganizationKind,
  organizationCodeCheckCharacter,
  parseOrganizationId,
  type Uscc,
  usccCheckCharacter,
  validateFilingId,
  validateUscc,
} from './identity'
// The ledger.
export {
  type AppendOptions,
  type AppendResult,
  createLedger,
  type EntryInput,
  type ErasureOptions,
  type ExpectedVersion,
  type ExpectedVersions,
  type Ledger,
  type LedgerHead,
  type LedgerOptions,
  type ReadOptions,
} from './ledger'
// Proofs: Merkle log, checkpoints, commitments, verifiers that need no store.
export {
  type Checkpoint,
  type ConsistencyBundle,
  commitPersonalData,
  consistencyProof,
  ed25519Signer,
  entryLeafHash,
  fromHex,
  generateSigningKey,
  type InclusionBundle,
  inclusionProof,
  type LedgerVerification,
  leafHash,
  MerkleLog,
  nodeHash,
  parseCheckpoint,
  rootHash,
  type Signer,
  signCheckpoint,
  toHex,
  verifierKey,
  verifyCheckpoint,
  verifyConsistency,
  verifyEntryInclusion,
  verifyInclusion,
  verifyLedger,
  verifyPersonalData,
} from './proof'
// Storage.
export { type EventStore, memoryStore, type PersonalRecord } from './store'
// Time: the clock is passed in; days are counted in China Standard Time.
export {
  addWorkingDays,
  type CalendarPeriod,
  type Clock,
  cnHolidays,
  dayOf,
  deadline,
  elapsesOn,
  fixedClock,
  type HolidayCalendar,
  hasElapsed,
  instantBound,
  isWithin,
  isWorkingDay,
  type PeriodConvention,
  periodEnd,
  systemClock,
  workingDaysBetween,
} from './time'
