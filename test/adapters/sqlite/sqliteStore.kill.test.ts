import { describe, expect, it } from 'vitest'
import { sqliteStore } from '../../../src/adapters/sqlite'
import { checkRecovery } from '../../../src/testing'
import { runUntilKilled } from '../runUntilKilled'
import { tempDatabase } from './tempFile'

const BATCH = Number(process.env.KILL_BATCH ?? 300)

describe('sqliteStore killed while appending', () => {
  it('reopens with every acknowledged batch, no partial one, and the same Merkle root', async () => {
    const database = tempDatabase()
    try {
      const acknowledged = await runUntilKilled(`sqlite:${database.file}`, BATCH, 3)
      const store = sqliteStore({ file: database.file })
      try {
        const report = await checkRecovery(store, acknowledged, BATCH)
        expect(report.batches).toBeGreaterThanOrEqual(3)
      } finally {
        await store.close()
      }
    } finally {
      await database.remove()
    }
  }, 30_000)
})
