import { describe, expect, it } from 'vitest'
import { sqliteStore } from '../../../src/adapters/sqlite'
import { createLedger } from '../../../src/createLedger'
import { sampleHistory } from '../../../src/testing'
import { raceProcesses } from '../raceProcesses'
import { writeProcesses } from '../writeProcesses'
import { tempDatabase } from './tempFile'

const ROUNDS = 8

describe('sqliteStore shared by writer processes', () => {
  it('lets one of two processes win each version; the other is told VERSION_CONFLICT', async () => {
    const database = tempDatabase()
    try {
      const store = sqliteStore({ file: database.file })
      await createLedger({ store }).append(sampleHistory(11).slice(0, 1))
      const answers = await raceProcesses(`sqlite:${database.file}`, 11, 2, ROUNDS, 1)
      for (const round of answers)
        expect([...round].sort()).toEqual(['lost VERSION_CONFLICT', 'won'])
      const log = await store.readStream(sampleHistory(11)[0]?.org ?? '')
      expect(log.map((e) => e.version)).toEqual(log.map((_, i) => i + 1))
      expect(log).toHaveLength(ROUNDS + 1)
      expect(await store.head()).toBe(ROUNDS + 1)
      await store.close()
    } finally {
      await database.remove()
    }
  }, 30_000)

  it('lets 8 processes append to streams of their own at once, none of them failing', async () => {
    const database = tempDatabase()
    try {
      const store = sqliteStore({ file: database.file })
      const report = await writeProcesses(`sqlite:${database.file}`, 8, 20, 200)
      expect(report.failures).toEqual([])
      expect(await store.head()).toBe(8 * 20)
      await store.close()
    } finally {
      await database.remove()
    }
  }, 60_000)
})
