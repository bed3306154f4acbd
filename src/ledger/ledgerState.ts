import { Mutex } from '../_internal/mutex'
import { LedgerError } from '../errors'
import type { IndicatorSet } from '../evaluation'
import type { EntryCatalogue, EntryEnvelope } from '../events'
import { entryLeafHash, MerkleLog } from '../proof'
import type { EventStore } from '../store'
import type { Clock } from '../time'
import { StreamIndex } from './streamIndex'

/** What one ledger holds in memory: stream summaries and the Merkle log of every leaf. */
export interface LedgerState {
  readonly store: EventStore
  readonly clock: Clock
  /** The entry types it reads and writes: the built-in ones and the host's. */
  readonly catalogue: EntryCatalogue
  /** The indicator sets evaluation scores are held to. */
  readonly indicatorSets: readonly IndicatorSet[]
  readonly index: StreamIndex
  readonly merkle: MerkleLog
  readonly writes: Mutex
  /** Whether catching up takes the leaf hashes the store keeps instead of hashing each entry. */
  readonly storedLeaves: boolean
  /** The recording moment of the newest entry, which the next one may not precede. */
  lastRecordedAt?: string
  /** The newest checkpoint this ledger signed, returned again while the log has not grown. */
  lastCheckpoint?: { readonly size: number; readonly note: string }
}

/** A state for `store`, not yet caught up with it. */
export function newLedgerState(
  store: EventStore,
  clock: Clock,
  catalogue: EntryCatalogue,
  indicatorSets: readonly IndicatorSet[],
  storedLeaves = false,
): LedgerState {
  return {
    store,
    clock,
    catalogue,
    indicatorSets,
    index: new StreamIndex(),
    merkle: new MerkleLog(),
    writes: new Mutex(),
    storedLeaves,
  }
}

/**
 * Reads what the store holds beyond what this state has seen, hashing each entry into the
 * Merkle log and its stream summary. Refuses a store whose positions have gaps.
 */
export async function catchUp(state: LedgerState): Promise<void> {
  const from = state.merkle.size
  const leaves =
    state.storedLeaves && state.store.readLeaves
      ? state.store.readLeaves({ from })[Symbol.asyncIterator]()
      : undefined
  let pending: readonly Uint8Array[] = []
  let next = 0
  const storedLeaf = async (): Promise<Uint8Array | undefined> => {
    if (!leaves) return undefined
    while (next >= pending.length) {
      const page = await leaves.next()
      if (page.done) throw missingLeaf(state.merkle.size)
      pending = page.value
      next = 0
    }
    return pending[next++]
  }
  try {
    for await (const page of state.store.readAll({ from })) {
      for (const entry of page) {
        if (entry.seq !== state.merkle.size) {
          throw new LedgerError(
            'STORE_FAILURE',
            `the store returned entry ${entry.seq} where entry ${state.merkle.size} belongs`,
          )
        }
        record(state, entry, await storedLeaf())
      }
    }
  } finally {
    // A durable store's cursor holds a connection and a snapshot until it is closed; the
    // leaves are read in step with the entries, so it is closed by hand, on every way out.
    await leaves?.return?.()
  }
}

function missingLeaf(seq: number): LedgerError {
  return new LedgerError('STORE_FAILURE', `the store holds entry ${seq} but not its leaf hash`)
}

/** Adds one committed entry to the in-memory state. */
export function record(state: LedgerState, entry: EntryEnvelope, leaf?: Uint8Array): void {
  state.merkle.append(leaf ?? entryLeafHash(entry))
  state.index.apply(state.catalogue.upcast(entry))
  state.lastRecordedAt = entry.recordedAt
}
