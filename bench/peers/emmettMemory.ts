import { type Event, type EventStore, getInMemoryEventStore } from '@event-driven-io/emmett'
import type { EntryInput } from '../../src/ledger/entryInput'
import {
  evolvePeerState,
  initialPeerState,
  type Peer,
  type PeerState,
  type PeerStore,
} from '../cases/peerStore'

/** An entry as an Emmett event: its type, and the ledger's input as the payload. */
export type EntryEvent = Event<string, Record<string, unknown>>

/** The entries of one append call as Emmett events. */
export function entryEvents(inputs: readonly EntryInput[]): EntryEvent[] {
  // The input object itself, not a copy: Emmett's payload type asks for an index signature.
  return inputs.map((input) => ({
    type: input.type,
    data: input as unknown as Record<string, unknown>,
  }))
}

/** Appends and folds through any Emmett event store with `aggregateStream`. */
export function emmettStore(store: EventStore, destroy: () => Promise<void>): PeerStore {
  return {
    async append(org, inputs) {
      await store.appendToStream<EntryEvent>(org, entryEvents(inputs))
    },
    async read(org) {
      const { state } = await store.aggregateStream<PeerState, EntryEvent>(org, {
        evolve: (current: PeerState, event: EntryEvent) =>
          evolvePeerState(current, event.type, event.data.effectiveAt as string),
        initialState: initialPeerState,
      })
      return state.entries
    },
    destroy,
  }
}

/** Emmett's in-memory event store. */
export const emmettMemory: Peer = {
  name: 'Emmett in-memory',
  does: 'stores the events in arrays; no validation, no hashing',
  open: async () => emmettStore(getInMemoryEventStore(), async () => {}),
}
