// The other libraries' event stores measured by the bench's `peers` case; loaded only when
// bench/peers/node_modules is installed.
import type { Peer } from '../cases/peerStore'
import { castoreMemory } from './castoreMemory'
import { emmettMemory } from './emmettMemory'
import { emmettPostgres } from './emmettPostgres'
import { emmettSqlite } from './emmettSqlite'

/** Every peer, in table order. */
export const peers: readonly Peer[] = [emmettMemory, castoreMemory, emmettSqlite, emmettPostgres]
