import type { EntryEnvelope, PersonalData } from '../events'

/** The people an entry names and the salt of their commitment, held beside the ledger. */
export interface PersonalRecord {
  readonly seq: number
  readonly salt: Uint8Array
  readonly people: PersonalData
}

/** A signed checkpoint as the store keeps it. */
export interface StoredCheckpoint {
  readonly size: number
  readonly note: string
}

/** What a store remembers of an idempotent append, so a repeat can be answered. */
export interface IdempotencyRecord {
  readonly key: string
  /** Hex digest of the request, to tell a true repeat from a reused key. */
  readonly requestHash: string
  readonly firstSeq: number
  readonly count: number
}

/** One atomic write: entries already numbered by the ledger, in seq order. */
export interface AppendBatch {
  /** Entries with `seq` contiguous from the store's head and versions contiguous per stream. */
  readonly entries: readonly EntryEnvelope[]
  /** Personal data for entries of this batch that name people. */
  readonly personal: readonly PersonalRecord[]
  /** Recorded with the entries when the append carried an idempotency key. */
  readonly idempotency?: IdempotencyRecord
  /**
   * The leaf hash of each entry, in order, when the caller has computed them: a store that
   * keeps the Merkle state stores these instead of hashing the entries again.
   */
  readonly leaves?: readonly Uint8Array[]
}

/**
 * What `append` reports. `conflict` means the head or a stream moved since the ledger read
 * it (another writer won); `duplicate` means the idempotency key was already used.
 */
export type AppendOutcome =
  | { readonly status: 'committed' }
  | { readonly status: 'conflict'; readonly head: number }
  | { readonly status: 'duplicate'; readonly record: IdempotencyRecord }

/** Writes a batch while the store's write lock is held, so nothing can move the head meanwhile. */
export type LockedAppend = (batch: AppendBatch) => Promise<AppendOutcome>

/** Bounds of a stream read, both inclusive. */
export interface StreamRange {
  readonly fromVersion?: number
  readonly toVersion?: number
}

/** How to follow the log as it grows. */
export interface TailOptions {
  /** Ends the iteration; a tail without one runs until the consumer stops iterating. */
  readonly signal?: AbortSignal
  /** Most entries per page (default 1,000). */
  readonly pageSize?: number
  /** Milliseconds between looks once the tail has caught up, for stores that poll. */
  readonly pollMs?: number
}

/**
 * The storage port. Every method is async and batch-oriented so that SQLite and PostgreSQL
 * adapters can implement it; the store never interprets entries, it keeps them.
 */
export interface EventStore {
  /** Writes the whole batch or nothing, after checking head and stream versions. */
  append(batch: AppendBatch): Promise<AppendOutcome>
  /**
   * Runs `section` holding the write lock that every writer of this storage takes, in any
   * process: the ledger checks, numbers, hashes and writes a batch inside it, so a writer
   * waits its turn instead of losing a race and doing the work again. `head` is the head as
   * the lock was taken; reads inside the section see everything committed before it; `write`
   * appends inside the lock, and the lock is let go when the section settles. A store
   * without it is written optimistically.
   */
  withWriteLock?<T>(section: (write: LockedAppend, head: number) => Promise<T>): Promise<T>
  /** The number of entries: the next `seq`. */
  head(): Promise<number>
  /** The last version of a stream, 0 when it has none. */
  streamVersion(org: string): Promise<number>
  /** One stream's entries in version order. */
  readStream(org: string, range?: StreamRange): Promise<readonly EntryEnvelope[]>
  /** One entry by position. */
  readEntry(seq: number): Promise<EntryEnvelope | undefined>
  /** The whole log from a position, in pages, as they were committed. */
  readAll(options?: { from?: number; pageSize?: number }): AsyncIterable<readonly EntryEnvelope[]>
  /**
   * Follows the log from `from`: yields every entry committed from there on, in seq order,
   * each exactly once, waiting for new ones, until the signal aborts. For projections.
   */
  tail?(from: number, options?: TailOptions): AsyncIterable<readonly EntryEnvelope[]>
  /** The leaf hashes kept beside the entries, from a position, in pages: the Merkle state. */
  readLeaves?(options?: { from?: number; pageSize?: number }): AsyncIterable<readonly Uint8Array[]>
  /** Every organization id with a stream, in the order their streams began. */
  streams(): AsyncIterable<readonly string[]>
  /** The idempotency record for a key, if the key was used. */
  findIdempotency(key: string): Promise<IdempotencyRecord | undefined>
  /** The personal data held for an entry, unless erased. */
  readPersonal(seq: number): Promise<PersonalRecord | undefined>
  /** Removes the personal data and salt of an entry; the entry itself stays. */
  erasePersonal(seq: number): Promise<void>
  /** Keeps a signed checkpoint. */
  saveCheckpoint(checkpoint: StoredCheckpoint): Promise<void>
  /** Checkpoints in size order. */
  checkpoints(): Promise<readonly StoredCheckpoint[]>
  /** Releases what the store holds open. */
  close(): Promise<void>
}
