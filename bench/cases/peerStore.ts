import type { EntryInput } from '../../src/ledger/entryInput'

/** What the peers' fold keeps of an organization's stream: small, as a user's read model would be. */
export interface PeerState {
  entries: number
  lastEffectiveAt: string
  reports: number
  penalties: number
  deregistered: boolean
}

/** The peers' fold of one entry into the state; every peer runs this same function. */
export function evolvePeerState(state: PeerState, type: string, effectiveAt: string): PeerState {
  state.entries++
  if (effectiveAt > state.lastEffectiveAt) state.lastEffectiveAt = effectiveAt
  if (type === 'AnnualReportFiled') state.reports++
  else if (type === 'PenaltyImposed') state.penalties++
  else if (type === 'Deregistered') state.deregistered = true
  return state
}

/** A fresh state to fold from. */
export function initialPeerState(): PeerState {
  return { entries: 0, lastEffectiveAt: '', reports: 0, penalties: 0, deregistered: false }
}

/**
 * An event store of another library, fed as the ledger is: one `append` per organization with
 * that organization's entries as events (type and the same input as payload), and one `read`
 * per organization folding its stream with the library's own aggregation.
 */
export interface PeerStore {
  append(org: string, inputs: readonly EntryInput[]): Promise<void>
  /** The entries folded; the state itself is the peer's. */
  read(org: string): Promise<number>
  /** Closes connections and removes what the store wrote (files, schema). */
  destroy(): Promise<void>
}

/** A peer store's name in the table and how to open a fresh one. */
export interface Peer {
  readonly name: string
  /** What the peer does on append and read, beside what the library does. */
  readonly does: string
  open(): Promise<PeerStore>
}

/** What `bench/peers/peers.ts` exports; typed here so the library's typecheck needs no peer package. */
export interface PeersModule {
  readonly peers: readonly Peer[]
}
