import { describe, expect, it } from 'vitest'
import { storeFromArgs } from '../../examples/storeFromArgs'
import { createLedger } from '../../src/createLedger'
import { sampleHistory } from '../../src/testing'
import { POSTGRES_URL, postgresAvailable, postgresStorage } from './postgres/postgresServer'
import { tempDatabase } from './sqlite/tempFile'

describe('storeFromArgs', () => {
  it('gives a memory store by default', async () => {
    const store = await storeFromArgs(['--other', 'x'])
    expect(await store.head()).toBe(0)
    expect(store.readLeaves).toBeUndefined()
  })

  it('opens the SQLite file of --store sqlite:FILE, in either spelling', async () => {
    const database = tempDatabase()
    try {
      const first = await storeFromArgs(['--store', `sqlite:${database.file}`])
      await createLedger({ store: first }).append(sampleHistory(1, { entries: 2 }))
      await first.close()
      const again = await storeFromArgs([`--store=sqlite:${database.file}`])
      expect(await again.head()).toBe(2)
      await again.close()
    } finally {
      await database.remove()
    }
  })

  it.skipIf(!postgresAvailable)('opens the schema a --store postgres:URL names', async () => {
    const storage = postgresStorage()
    try {
      const store = await storeFromArgs([
        '--store',
        `postgres:${POSTGRES_URL}?schema=${storage.schema}`,
      ])
      await createLedger({ store }).append(sampleHistory(2, { entries: 1 }))
      await store.close()
      const again = await storage.open()
      expect(await again.head()).toBe(1)
      await again.close()
    } finally {
      await storage.destroy()
    }
  })

  it('refuses a store it does not know with INVALID_INPUT', async () => {
    for (const argv of [['--store', 'mysql:x'], ['--store'], ['--store', 'postgres:']]) {
      await expect(storeFromArgs(argv)).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    }
  })
})
