import { randomUUID } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A path for a new database file, and a way to remove it with its WAL and shared memory. */
export function tempDatabase(): { file: string; remove(): Promise<void> } {
  const file = join(tmpdir(), `integrity-ledger-${randomUUID()}.db`)
  return {
    file,
    async remove() {
      for (const suffix of ['', '-wal', '-shm']) await rm(file + suffix, { force: true })
    },
  }
}
