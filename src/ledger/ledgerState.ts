import { Mutex } from '../_internal/mutex'
import { LedgerError } from '../errors'
import { upcastEntry } from '../events/catalogue'
import type { EntryEnvelope } from '../events/envelope'
import { entryLeafHash, MerkleLog } from '../proof'
import type { EventStore } from '../store/eventStore'
import type { Clock } from '../time'
import { StreamIndex } from './streamIndex'

/** What one ledger holds in memory: stream summaries and the Merkle log of every leaf. */
export interface LedgerState {
  readonly store: EventStore
  readonly clock: Clock
  readonly index: StreamIndex
  readonly merkle: MerkleLog
  readonly writes: Mutex
}

/** A state for `store`, not yet caught up with it. */
export function newLedgerState(store: EventStore, clock: Clock): LedgerState {
  return { store, clock, index: new StreamIndex(), merkle: new MerkleLog(), writes: new Mutex() }
}

/**
 * Reads what the store holds beyond what this state has seen, hashing each entry into the
 * Merkle log and its stream summary. Refuses a store whose positions have gaps.
 */
export async function catchUp(state: LedgerState): Promise<void> {
  for await (const page of state.store.readAll({ from: state.merkle.size })) {
    for (const entry of page) {
      if (entry.seq !== state.merkle.size) {
        throw new LedgerError(
          'STORE_FAILURE',
          `the store returned entry ${entry.seq} where entry ${state.merkle.size} belongs`,
        )
      }
      record(state, entry)
    }
  }
}

/** Adds one committed entry to the in-memory state. */
export function record(state: LedgerState, entry: EntryEnvelope, leaf?: Uint8Array): void {
  state.merkle.append(leaf ?? entryLeafHash(entry))
  state.index.apply(upcastEntry(entry))
}
