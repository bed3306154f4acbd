import { type EventDetail, EventStore, EventType } from '@castore/core'
import { InMemoryEventStorageAdapter } from '@castore/event-storage-adapter-in-memory'
import type { EntryInput } from '../../src/ledger/entryInput'
import { evolvePeerState, initialPeerState, type Peer, type PeerState } from '../cases/peerStore'

const TYPES = [
  'OrganizationRegistered',
  'AnnualReportFiled',
  'AnnualInspectionConcluded',
  'DisclosurePublished',
  'EvaluationGraded',
  'PenaltyImposed',
  'ListedOnAbnormalList',
  'RemovedFromAbnormalList',
  'Commended',
  'Deregistered',
]

type EntryDetail = EventDetail<string, EntryInput>
type Grouped = ReturnType<EventStore['groupEvent']>
type Aggregate = PeerState & { aggregateId: string; version: number }

function reducer(aggregate: Aggregate | undefined, event: EntryDetail): Aggregate {
  const state = aggregate ?? { ...initialPeerState(), aggregateId: event.aggregateId, version: 0 }
  evolvePeerState(state, event.type, event.payload.effectiveAt)
  state.version = event.version
  return state
}

/** Castore's event store on its in-memory storage adapter. */
export const castoreMemory: Peer = {
  name: 'Castore in-memory',
  does: 'pushes the events of a call as one event group, each with its version checked against the stream; no validation, no hashing',
  async open() {
    const store = new EventStore({
      eventStoreId: 'ledger',
      eventTypes: TYPES.map((type) => new EventType({ type })),
      reducer,
      eventStorageAdapter: new InMemoryEventStorageAdapter(),
    })
    return {
      async append(org, inputs) {
        const grouped = inputs.map((input, i) =>
          store.groupEvent({ aggregateId: org, version: i + 1, type: input.type, payload: input }),
        )
        const [first, ...rest] = grouped
        if (first === undefined) return
        // A group needs two events or more; the tuple type cannot see the length checked here.
        if (rest.length === 0) await first.eventStore?.pushEvent(first.event)
        else await EventStore.pushEventGroup(first, ...(rest as unknown as [Grouped, ...Grouped[]]))
      },
      async read(org) {
        const { aggregate } = await store.getAggregate(org)
        return aggregate?.entries ?? 0
      },
      destroy: async () => {},
    }
  },
}
