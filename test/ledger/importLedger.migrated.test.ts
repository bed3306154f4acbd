import { describe, expect, it } from 'vitest'
import { sqliteStore } from '../../src/adapters/sqlite'
import { createLedger, type Ledger } from '../../src/createLedger'
import type { EntryInput } from '../../src/ledger/entryInput'
import { importLedger } from '../../src/ledger/importLedger'
import { verifyLedger } from '../../src/proof'
import { type EventStore, memoryStore } from '../../src/store'
import { tempDatabase } from '../adapters/sqlite/tempFile'
import { annualReport, GROUP, newLedger, registration, SERVICE, signer, snapshot } from './fixtures'

const publicKey = signer.publicKey
const ORIGINAL = { recordedAt: '2016-03-02', source: '上海市社会组织业务管理系统' }

/** A ledger that took two organizations' first years over from another system, then went on. */
async function migratedLedger(): Promise<Ledger> {
  const { ledger } = newLedger()
  await ledger.append(
    [
      { ...registration(GROUP), migrated: ORIGINAL },
      { ...registration(SERVICE), migrated: { recordedAt: '2016-03-01T10:00:00+08:00' } },
      { ...annualReport(GROUP, 2016), migrated: { recordedAt: '2017-05-20' } },
    ] as EntryInput[],
    { migration: true },
  )
  await ledger.append(annualReport(GROUP, 2017))
  await ledger.checkpoint()
  return ledger
}

async function lines(ledger: Ledger): Promise<string[]> {
  const all: string[] = []
  for await (const line of ledger.export({ personal: true })) all.push(line)
  return all
}

async function entriesOf(store: EventStore) {
  const all = []
  for await (const page of store.readAll()) all.push(...page)
  return all
}

describe('importLedger and migrated entries', () => {
  it('carries each migrated entry through an export and an import, unchanged and verified', async () => {
    const source = await migratedLedger()
    const exported = await lines(source)
    const store = memoryStore()
    await importLedger(store, exported, { publicKey })
    const copy = createLedger({ store, signer })
    expect(await copy.head()).toEqual(await source.head())
    expect(await lines(copy)).toEqual(exported)
    const entries = await entriesOf(store)
    expect(entries.map((entry) => entry.migrated)).toEqual([
      ORIGINAL,
      { recordedAt: '2016-03-01T10:00:00+08:00' },
      { recordedAt: '2017-05-20' },
      undefined,
    ])
    const notes = (await store.checkpoints()).map((checkpoint) => checkpoint.note)
    expect(verifyLedger(entries, notes, publicKey).success).toBe(true)
    expect(await copy.creditFile(GROUP)).toEqual(await source.creditFile(GROUP))
  })

  it('moves a migrated ledger into SQLite and out again unchanged', async () => {
    const database = tempDatabase()
    try {
      const exported = await lines(await migratedLedger())
      const store = sqliteStore({ file: database.file })
      await importLedger(store, exported, { publicKey })
      expect(await lines(createLedger({ store, signer }))).toEqual(exported)
      await store.close()
    } finally {
      await database.remove()
    }
  })

  it('refuses an export whose migrated recording was changed, and writes nothing', async () => {
    const exported = await lines(await migratedLedger())
    const at = exported.findIndex((line) => line.includes('"source":"上海市社会组织业务管理系统"'))
    const forged = [...exported]
    forged[at] = (forged[at] as string).replace(
      '"recordedAt":"2016-03-02"',
      '"recordedAt":"2016-01-02"',
    )
    const store = memoryStore()
    const before = await snapshot(store)
    await expect(importLedger(store, forged, { publicKey })).rejects.toMatchObject({
      code: 'VERIFICATION_FAILED',
      issues: [{ code: 'not_verified', path: ['lines', at] }],
    })
    expect(await snapshot(store)).toEqual(before)
  })
})
