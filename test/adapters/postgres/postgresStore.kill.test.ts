import { describe, expect, it } from 'vitest'
import { checkRecovery } from '../../../src/testing'
import { runUntilKilled } from '../runUntilKilled'
import { POSTGRES_URL, postgresAvailable, postgresStorage, settled } from './postgresServer'

const BATCH = Number(process.env.KILL_BATCH ?? 300)

describe.skipIf(!postgresAvailable)('postgresStore killed while appending', () => {
  it('reopens with every acknowledged batch, no partial one, and the same Merkle root', async () => {
    const storage = postgresStorage()
    try {
      const url = `postgres:${POSTGRES_URL}?schema=${storage.schema}`
      const acknowledged = await runUntilKilled(url, BATCH, 3)
      await settled(storage.schema)
      const store = await storage.open()
      try {
        const report = await checkRecovery(store, acknowledged, BATCH)
        expect(report.batches).toBeGreaterThanOrEqual(3)
      } finally {
        await store.close()
      }
    } finally {
      await storage.destroy()
    }
  }, 30_000)
})
