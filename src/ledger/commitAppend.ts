import { LedgerError, type Result } from '../errors'
import type { Entry } from '../events'
import { entryLeafHash, toHex } from '../proof'
import type { IdempotencyRecord, LockedAppend } from '../store'
import type { AppendResult } from './append'
import { buildEntries } from './buildEntries'
import { checkInvariants } from './checkInvariants'
import type { ValidInput } from './entryInput'
import type { ExpectedVersions } from './expectedVersion'
import { catchUp, type LedgerState, record } from './ledgerState'
import { clockIssues } from './recordingClock'

/** One checked request, ready to be written. */
export interface AppendRequest {
  readonly inputs: readonly ValidInput[]
  readonly expected: ExpectedVersions | undefined
  /** Whether the caller passed an array: issue paths then start at the input's index. */
  readonly batch: boolean
  readonly key: string | undefined
  /** The request's fingerprint, kept with its idempotency key. */
  readonly requestHash: string
  /** Answers a repeat of an idempotency key from the entries it first wrote. */
  readonly replay: (seen: IdempotencyRecord) => Promise<Result<AppendResult>>
}

// An attempt that found the head moved on by another writer, and caught up with it.
const MOVED = Symbol('moved')

/** A batch the store has taken, to be added to the ledger's state once the write is final. */
interface Written {
  readonly entries: readonly Entry[]
  readonly leaves: readonly Uint8Array[]
}

type Outcome = Result<AppendResult> | Written | typeof MOVED

/**
 * Checks, numbers, hashes and writes a request. The batch is written optimistically: when
 * another writer got there first, it is checked again against what that writer wrote, after
 * a random pause that spreads racing writers apart. A store with a write lock bounds that:
 * after a few lost races the batch is checked, numbered, hashed and written inside the lock,
 * once, so however many writers there are, none fails for losing races. A conflict with a
 * head that has not moved is a failing store.
 */
export async function commitAppend(
  state: LedgerState,
  request: AppendRequest,
): Promise<Result<AppendResult>> {
  const store = state.store
  const locks = store.withWriteLock !== undefined
  // A batch whose redo is cheap tries again without the lock, since a lock held across the
  // store's round trips makes every other writer wait; one that has redone its share of work
  // (256 entries' worth, or 8 tries) waits for the lock and is written on that try.
  const lockAfter = Math.max(1, Math.min(8, Math.floor(256 / request.inputs.length)))
  for (let tries = 1; ; tries++) {
    const head = await store.head()
    const outcome = await attempt(state, request, (batch) => store.append(batch), head)
    if (outcome !== MOVED) return settle(state, outcome)
    if (locks && tries === lockAfter) break
    await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(2 ** tries, 100)))
  }
  // Only a store with a lock leaves the loop without an answer: the lock is taken here.
  const outcome = await store.withWriteLock?.((write, head) => attempt(state, request, write, head))
  if (outcome === undefined || outcome === MOVED) {
    throw new LedgerError(
      'STORE_FAILURE',
      'the store let another writer in while its write lock was held',
    )
  }
  return settle(state, outcome)
}

// The ledger learns of a batch only once the lock is let go: a commit that fails on the way
// out leaves the ledger as it was, like the store.
function settle(state: LedgerState, outcome: Result<AppendResult> | Written): Result<AppendResult> {
  if ('success' in outcome) return outcome
  outcome.entries.forEach((entry, i) => {
    record(state, entry, outcome.leaves[i])
  })
  const { size } = state.merkle
  return {
    success: true,
    data: { entries: outcome.entries, size, root: toHex(state.merkle.root()) },
  }
}

async function attempt(
  state: LedgerState,
  request: AppendRequest,
  write: LockedAppend,
  storeHead: number,
): Promise<Outcome> {
  const { inputs, key } = request
  if (key !== undefined) {
    const seen = await state.store.findIdempotency(key)
    if (seen) return request.replay(seen)
  }
  // Another process may have written since this ledger last looked: expectations and
  // invariants must be checked against the store as it is, not as this ledger remembers it.
  if (storeHead > state.merkle.size) await catchUp(state)
  const head = state.merkle.size
  const recordedAt = state.clock.now().toISOString()
  const late = clockIssues(recordedAt, state.lastRecordedAt)
  if (late.length > 0) return { success: false, issues: late }
  const issues = await checkInvariants(
    inputs,
    request.expected,
    {
      head,
      recordedAt,
      catalogue: state.catalogue,
      indicatorSets: state.indicatorSets,
      summaryOf: (org) => state.index.get(org),
      entryAt: (seq) => state.store.readEntry(seq),
    },
    request.batch,
  )
  if (issues.length > 0) return { success: false, issues }
  const built = buildEntries(inputs, head, (org) => state.index.get(org)?.version ?? 0, recordedAt)
  const leaves = built.entries.map(entryLeafHash)
  const idempotency: IdempotencyRecord | undefined =
    key === undefined
      ? undefined
      : { key, requestHash: request.requestHash, firstSeq: head, count: inputs.length }
  // Durable stores keep the leaf beside the entry; a salted leaf is not a hash of the text.
  const outcome = await write({
    entries: built.entries,
    personal: built.personal,
    leaves,
    ...(idempotency ? { idempotency } : {}),
  })
  if (outcome.status === 'duplicate') return request.replay(outcome.record)
  if (outcome.status === 'conflict') {
    if (outcome.head <= head) {
      throw new LedgerError(
        'STORE_FAILURE',
        `the store refused the batch at entry ${head} although no other writer had moved its head`,
      )
    }
    await catchUp(state)
    return MOVED
  }
  return { entries: built.entries, leaves }
}
