import { describe, expect, it } from 'vitest'
import { sqliteStore } from '../../src/adapters/sqlite'
import { createLedger, type Ledger } from '../../src/createLedger'
import { importLedger } from '../../src/ledger/importLedger'
import { type EventStore, memoryStore } from '../../src/store'
import { sampleHistory } from '../../src/testing'
import { postgresAvailable, postgresStorage } from '../adapters/postgres/postgresServer'
import { tempDatabase } from '../adapters/sqlite/tempFile'
import { signer } from './fixtures'

const publicKey = signer.publicKey

async function lines(ledger: Ledger): Promise<string[]> {
  const all: string[] = []
  for await (const line of ledger.export({ personal: true })) all.push(line)
  return all
}

/** Imports `from` into `to`, and checks that a ledger over `to` exports the very same lines. */
async function moveAndCompare(from: Ledger, to: EventStore): Promise<void> {
  const exported = await lines(from)
  await importLedger(to, exported, { publicKey })
  const copy = createLedger({ store: to, signer })
  expect(await copy.head()).toEqual(await from.head())
  expect(await lines(copy)).toEqual(exported)
  expect(await copy.personalData(0)).toEqual(await from.personalData(0))
}

describe('importLedger between stores', () => {
  it('moves a SQLite ledger into memory and back into another SQLite file unchanged', async () => {
    const first = tempDatabase()
    const second = tempDatabase()
    try {
      const source = createLedger({ store: sqliteStore({ file: first.file }), signer })
      await source.append([...sampleHistory(1), ...sampleHistory(2)])
      await source.checkpoint()
      await source.append(sampleHistory(3))
      const memory = memoryStore()
      await moveAndCompare(source, memory)
      const target = sqliteStore({ file: second.file })
      await moveAndCompare(createLedger({ store: memory, signer }), target)
      await target.close()
      await source.close()
    } finally {
      await first.remove()
      await second.remove()
    }
  })

  it.skipIf(!postgresAvailable)(
    'moves a SQLite ledger into PostgreSQL and back unchanged',
    async () => {
      const first = tempDatabase()
      const second = tempDatabase()
      const storage = postgresStorage()
      try {
        const source = createLedger({ store: sqliteStore({ file: first.file }), signer })
        for (let org = 0; org < 20; org++) await source.append(sampleHistory(org))
        const pg = await storage.open()
        await moveAndCompare(source, pg)
        const back = sqliteStore({ file: second.file })
        await moveAndCompare(createLedger({ store: pg, signer }), back)
        await Promise.all([back.close(), pg.close(), source.close()])
      } finally {
        await Promise.all([first.remove(), second.remove(), storage.destroy()])
      }
    },
  )
})
