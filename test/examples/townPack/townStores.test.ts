import { describe, expect, it } from 'vitest'
import { jinshanweiPolicy } from '../../../examples/town-pack/jinshanweiPolicy'
import { jinshanweiTypes } from '../../../examples/town-pack/jinshanweiTypes'
import { sqliteStore } from '../../../src/adapters/sqlite'
import {
  createLedger,
  type EventStore,
  ed25519Signer,
  evaluate,
  importLedger,
  isLedgerError,
  type Ledger,
  memoryStore,
} from '../../../src/index'
import { postgresAvailable, postgresStorage } from '../../adapters/postgres/postgresServer'
import { tempDatabase } from '../../adapters/sqlite/tempFile'
import { ORG, OTHER, sampleTownYear, townLedger } from './townFixtures'

const signer = ed25519Signer('jinshanwei.test/credit', new Uint8Array(32).fill(5))
const at = '2026-01-05'

async function exported(ledger: Ledger): Promise<string[]> {
  const lines: string[] = []
  for await (const line of ledger.export({ personal: true })) lines.push(line)
  return lines
}

/** The town sections and the town policy's decisions for both organizations. */
async function seen(ledger: Ledger): Promise<unknown> {
  const out: Record<string, unknown> = {}
  for (const org of [ORG, OTHER]) {
    const file = await ledger.creditFile(org, { asOf: at })
    out[org] = { host: file.host, decisions: evaluate(jinshanweiPolicy, file, { at }) }
  }
  return out
}

/**
 * Records the sample year into one durable store, reads it back through a new ledger, then
 * imports its export into a second: both hold it as written, and neither opens without the
 * town's types.
 */
async function roundTrip(
  first: () => Promise<EventStore> | EventStore,
  second: () => Promise<EventStore> | EventStore,
): Promise<void> {
  const original = await townLedger(sampleTownYear(), { store: await first(), signer })
  const expected = await seen(original)
  const head = await original.head()
  const lines = await exported(original)
  await original.close()
  const again = createLedger({ store: await first(), signer, entryTypes: jinshanweiTypes })
  expect(await again.head()).toEqual(head)
  expect(await seen(again)).toEqual(expected)
  const target = await second()
  await importLedger(target, lines, { publicKey: signer.publicKey, entryTypes: again.entryTypes })
  await again.close()
  const imported = createLedger({ store: target, signer, entryTypes: jinshanweiTypes })
  expect(await imported.head()).toEqual(head)
  expect(await seen(imported)).toEqual(expected)
  await imported.close()
  for (const open of [first, second]) {
    const unaware = createLedger({ store: await open(), signer })
    await expect(unaware.head()).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await unaware.close()
  }
}

describe('the town’s entries in an export', () => {
  it('name the town’s types in the header and come back whole with them', async () => {
    const ledger = await townLedger(sampleTownYear(), { signer })
    const lines = await exported(ledger)
    expect(Object.keys(JSON.parse(lines[0] as string).entryTypes).sort()).toEqual(
      jinshanweiTypes.map((type) => type.type).sort(),
    )
    const store = memoryStore()
    await importLedger(store, lines, {
      publicKey: signer.publicKey,
      entryTypes: ledger.entryTypes,
    })
    const copy = createLedger({ store, signer, entryTypes: jinshanweiTypes })
    expect(await copy.head()).toEqual(await ledger.head())
    expect(await seen(copy)).toEqual(await seen(ledger))
  })

  it('are refused, at the header and with nothing written, by an importer not given the types', async () => {
    const lines = await exported(await townLedger(sampleTownYear(), { signer }))
    const store = memoryStore()
    const error = await importLedger(store, lines, { publicKey: signer.publicKey }).catch(
      (thrown: unknown) => thrown,
    )
    expect(isLedgerError(error) && error.code).toBe('INVALID_INPUT')
    expect(isLedgerError(error) && error.issues[0]?.code).toBe('unknown_entry_type')
    expect(isLedgerError(error) && error.message).toMatch(/^line 1: .*jinshanwei\./)
    expect(await store.head()).toBe(0)
  })
})

describe('the town’s entries in the durable stores', () => {
  it('round-trip through SQLite files, and open only with the town’s types', async () => {
    const [one, two] = [tempDatabase(), tempDatabase()]
    try {
      await roundTrip(
        () => sqliteStore({ file: one.file }),
        () => sqliteStore({ file: two.file }),
      )
    } finally {
      await one.remove()
      await two.remove()
    }
  })

  it.skipIf(!postgresAvailable)(
    'round-trip through PostgreSQL schemas, and open only with the town’s types',
    async () => {
      const [one, two] = [postgresStorage(), postgresStorage()]
      try {
        await roundTrip(
          () => one.open(),
          () => two.open(),
        )
      } finally {
        await one.destroy()
        await two.destroy()
      }
    },
  )
})
