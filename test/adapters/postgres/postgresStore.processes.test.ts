import { describe, expect, it } from 'vitest'
import { createLedger } from '../../../src/createLedger'
import { sampleHistory } from '../../../src/testing'
import { raceProcesses } from '../raceProcesses'
import { writeProcesses } from '../writeProcesses'
import { POSTGRES_URL, postgresAvailable, postgresStorage } from './postgresServer'

const ROUNDS = 8

describe.skipIf(!postgresAvailable)('postgresStore shared by writer processes', () => {
  it('lets one of two processes win each version; the other is told VERSION_CONFLICT', async () => {
    const storage = postgresStorage()
    try {
      const store = await storage.open()
      await createLedger({ store }).append(sampleHistory(12).slice(0, 1))
      const url = `postgres:${POSTGRES_URL}?schema=${storage.schema}`
      const answers = await raceProcesses(url, 12, 2, ROUNDS, 1)
      for (const round of answers)
        expect([...round].sort()).toEqual(['lost VERSION_CONFLICT', 'won'])
      const log = await store.readStream(sampleHistory(12)[0]?.org ?? '')
      expect(log.map((e) => e.version)).toEqual(log.map((_, i) => i + 1))
      expect(log).toHaveLength(ROUNDS + 1)
      expect(await store.head()).toBe(ROUNDS + 1)
      await store.close()
    } finally {
      await storage.destroy()
    }
  }, 30_000)

  it('lets 8 processes append to streams of their own at once, none of them failing', async () => {
    const storage = postgresStorage()
    try {
      const store = await storage.open()
      await store.head()
      const url = `postgres:${POSTGRES_URL}?schema=${storage.schema}`
      const report = await writeProcesses(url, 8, 20, 300)
      expect(report.failures).toEqual([])
      expect(await store.head()).toBe(8 * 20)
      await store.close()
    } finally {
      await storage.destroy()
    }
  }, 60_000)
})
