import { createReadStream } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { Readable } from 'node:stream'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sqliteStore } from '../../src/adapters/sqlite'
import { createLedger } from '../../src/createLedger'
import { importLedger } from '../../src/ledger/importLedger'
import { type EventStore, memoryStore } from '../../src/store'
import { sampleHistory } from '../../src/testing'
import { postgresAvailable, postgresStorage } from '../adapters/postgres/postgresServer'
import { tempDatabase } from '../adapters/sqlite/tempFile'
import { GROUP, newLedger, registration, signer, snapshot } from './fixtures'

const publicKey = signer.publicKey

async function exportOf(personal: boolean, erase = false): Promise<string[]> {
  const { ledger } = newLedger()
  await ledger.append([registration(GROUP), ...sampleHistory(3, { entries: 6 })])
  if (erase) {
    await ledger.erasePersonalData(GROUP, 0, {
      basis: '《个人信息保护法》第四十七条',
      by: '上海市金山区民政局',
      effectiveAt: '2023-01-10',
    })
  }
  const lines: string[] = []
  for await (const line of ledger.export({ personal })) lines.push(line)
  return lines
}

/** A store that answers every call `ms` later, as a database across a network would. */
function slow(store: EventStore, ms: number): EventStore {
  const later = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms))
  return new Proxy(store, {
    get(target, key) {
      const value = Reflect.get(target, key)
      if (typeof value !== 'function') return value
      return (...args: unknown[]) => {
        const result = value.apply(target, args)
        return result instanceof Promise ? result.then(later) : result
      }
    },
  })
}

async function fileOf(
  lines: readonly string[],
): Promise<{ file: string; remove(): Promise<void> }> {
  const temp = tempDatabase()
  await writeFile(temp.file, `${lines.join('\n')}\n`)
  return temp
}

describe('importLedger reading its source', () => {
  it('reads a readline interface over a file stream, as the docs show, into a slow memory and SQLite store', async () => {
    const lines = await exportOf(true)
    const exported = await fileOf(lines)
    const database = tempDatabase()
    try {
      for (const store of [slow(memoryStore(), 5), slow(sqliteStore({ file: database.file }), 5)]) {
        const input = createInterface({ input: createReadStream(exported.file) })
        const result = await importLedger(store, input, { publicKey })
        expect(result.entries).toBe(7)
        expect(result.personal).toBe(2)
        await store.close()
      }
    } finally {
      await Promise.all([exported.remove(), database.remove()])
    }
  })

  it.skipIf(!postgresAvailable)(
    'reads a readline interface over a file stream into a slow PostgreSQL store',
    async () => {
      const lines = await exportOf(true)
      const exported = await fileOf(lines)
      const storage = postgresStorage()
      try {
        const store = slow(await storage.open(), 5)
        const input = createInterface({ input: createReadStream(exported.file) })
        expect((await importLedger(store, input, { publicKey })).entries).toBe(7)
        await store.close()
      } finally {
        await Promise.all([exported.remove(), storage.destroy()])
      }
    },
  )

  it('refuses a readline interface that closed before the call, instead of waiting forever', async () => {
    const exported = await fileOf(await exportOf(true))
    try {
      const input = createInterface({ input: createReadStream(exported.file) })
      await new Promise((resolve) => input.once('close', resolve))
      await expect(importLedger(memoryStore(), input, { publicKey })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        issues: [{ code: 'source_closed', path: ['lines'] }],
      })
    } finally {
      await exported.remove()
    }
  })

  it('reads the text however it is cut into chunks: a string, bytes, Node and web streams', async () => {
    const lines = await exportOf(true)
    const bytes = new TextEncoder().encode(`${lines.join('\r\n')}\r\n`)
    const expected = await importLedger(memoryStore(), lines, { publicKey })
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 40 }),
        fc.constantFrom('node', 'web'),
        async (cuts, kind) => {
          const ends = [...cuts.sort((a, b) => a - b), bytes.length]
          const chunks = ends.map((end, i) =>
            bytes.slice(i === 0 ? 0 : (ends[i - 1] as number), end),
          )
          const source =
            kind === 'node'
              ? Readable.from(
                  chunks.map((chunk) => Buffer.from(chunk)),
                  { objectMode: false },
                )
              : new ReadableStream<Uint8Array>({
                  start(controller) {
                    for (const chunk of chunks) controller.enqueue(chunk)
                    controller.close()
                  },
                })
          expect(await importLedger(slow(memoryStore(), 1), source, { publicKey })).toEqual(
            expected,
          )
        },
      ),
      { numRuns: 40 },
    )
    expect(await importLedger(memoryStore(), lines.join('\n'), { publicKey })).toEqual(expected)
    expect(await importLedger(memoryStore(), bytes, { publicKey })).toEqual(expected)
  })

  it('refuses what is neither lines nor a stream, and text that is not UTF-8', async () => {
    for (const source of [null, 42, {}, () => 'lines']) {
      await expect(
        importLedger(memoryStore(), source as never, { publicKey }),
      ).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        issues: [{ path: ['lines'] }],
      })
    }
    await expect(
      importLedger(memoryStore(), new Uint8Array([0x7b, 0xff, 0x7d]), { publicKey }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', issues: [{ code: 'not_utf8' }] })
  })
})

describe('importLedger and the people an export names', () => {
  it('refuses an export whose personal line was removed, naming the line of the entry, and writes nothing', async () => {
    const lines = await exportOf(true)
    const at = lines.findIndex((line) => line.startsWith('{"personal"'))
    const store = memoryStore()
    const before = await snapshot(store)
    await expect(
      importLedger(store, [...lines.slice(0, at), ...lines.slice(at + 1)], { publicKey }),
    ).rejects.toMatchObject({
      code: 'VERIFICATION_FAILED',
      message: `line ${at}: entry 0 names people, but their personal line is missing`,
    })
    expect(await snapshot(store)).toEqual(before)
  })

  it('refuses an export made without personal data unless withoutPersonalData is given', async () => {
    const lines = await exportOf(false)
    await expect(importLedger(memoryStore(), lines, { publicKey })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ code: 'personal_data_missing', path: ['options', 'withoutPersonalData'] }],
    })
    const store = memoryStore()
    const result = await importLedger(store, lines, { publicKey, withoutPersonalData: true })
    expect(result).toMatchObject({ entries: 7, personal: 0 })
    expect(await createLedger({ store }).personalData(0)).toBeUndefined()
  })

  it('takes an export whose people were erased before it was made', async () => {
    const result = await importLedger(memoryStore(), await exportOf(true, true), { publicKey })
    expect(result).toMatchObject({ entries: 8, personal: 1 })
  })
})
