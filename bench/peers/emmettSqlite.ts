import { randomUUID } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getSQLiteEventStore, sqliteConnection } from '@event-driven-io/emmett-sqlite'
import type { Peer } from '../cases/peerStore'
import { emmettStore } from './emmettMemory'

/** Emmett's SQLite event store, in a file of its own removed after the run. */
export const emmettSqlite: Peer = {
  name: 'Emmett SQLite',
  does: 'writes each call in one transaction to a SQLite file through one open connection (sqlite3 driver); no validation, no hashing',
  async open() {
    const fileName = join(tmpdir(), `integrity-ledger-peer-${randomUUID()}.db`)
    // One connection for the run, as the library's SQLite store keeps; Emmett's default for a
    // file opens one per call.
    const connection = sqliteConnection({ fileName })
    const store = getSQLiteEventStore({
      fileName,
      connectionOptions: { singleton: true, connection },
      schema: { autoMigration: 'CreateOrUpdate' },
    })
    return emmettStore(store, async () => {
      connection.close()
      for (const suffix of ['', '-wal', '-shm', '-journal']) {
        await rm(fileName + suffix, { force: true })
      }
    })
  },
}
