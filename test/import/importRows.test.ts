import { afterEach, describe, expect, it, vi } from 'vitest'
import { type ImportProgress, importRows, readRows } from '../../src/import'
import type { SourceRow } from '../../src/import/sourceRow'
import {
  BAD_LINES,
  countedSalts,
  GROUP,
  inspectionRow,
  newImportLedger,
  registrationRow,
  registryMapping,
  registryRecords,
} from './fixtures'

async function* only(rows: AsyncIterable<SourceRow>, keep: (row: SourceRow) => boolean) {
  for await (const row of rows) if (keep(row)) yield row
}

describe('importRows', () => {
  afterEach(() => vi.restoreAllMocks())

  it('writes every good row, lists each refused one with its line and coded issues, and goes on', async () => {
    const { ledger } = newImportLedger()
    const result = await importRows(ledger, readRows(registryRecords), registryMapping)
    expect(result).toMatchObject({ rows: 16, written: 13, repeated: 0, stopped: false })
    expect(
      result.refused.map(({ line, issues }) => [line, issues.map((i) => i.code), issues[0]?.path]),
    ).toEqual([
      [13, ['unmapped_value'], ['年检结论']],
      [14, ['invalid_check_character'], ['org', 17]],
      [15, ['missing_value'], ['年检日期']],
    ])
    expect((await ledger.head()).size).toBe(13)
    const file = await ledger.creditFile('52330106MJ0107B50D')
    expect(file.penalties).toHaveLength(1)
  })

  it('run again over the same file, writes nothing and counts every written row as repeated', async () => {
    const { ledger } = newImportLedger()
    await importRows(ledger, readRows(registryRecords), registryMapping)
    const head = await ledger.head()
    const again = await importRows(ledger, readRows(registryRecords), registryMapping)
    expect(again).toMatchObject({ rows: 16, written: 0, repeated: 13 })
    expect(again.refused.map((row) => row.line)).toEqual(BAD_LINES)
    expect(await ledger.head()).toEqual(head)
  })

  it('leaves the ledger exactly as appending only the good rows would: the same head and root', async () => {
    countedSalts()
    const all = newImportLedger()
    await importRows(all.ledger, readRows(registryRecords), registryMapping)
    countedSalts()
    const good = newImportLedger()
    const rows = only(readRows(registryRecords), (row) => !BAD_LINES.includes(row.line))
    const result = await importRows(good.ledger, rows, registryMapping)
    expect(result.refused).toEqual([])
    expect(await all.ledger.head()).toEqual(await good.ledger.head())
  })

  it('writes a row that appears twice in a file once, and counts the second as repeated', async () => {
    const { ledger } = newImportLedger()
    const rows = [
      registrationRow(2, GROUP),
      inspectionRow(3, GROUP, 2019),
      inspectionRow(9, GROUP, 2019),
    ]
    expect(await importRows(ledger, rows, registryMapping)).toMatchObject({
      written: 2,
      repeated: 1,
    })
  })

  it('reports the issues the ledger gives, as it gives them', async () => {
    const { ledger } = newImportLedger()
    const result = await importRows(ledger, [inspectionRow(2, GROUP, 2019)], registryMapping)
    expect(result.refused).toEqual([
      {
        line: 2,
        issues: [expect.objectContaining({ code: 'unknown_organization', path: ['org'] })],
      },
    ])
  })

  it('tells its progress every so many rows and once at the end', async () => {
    const { ledger } = newImportLedger()
    const seen: ImportProgress[] = []
    await importRows(ledger, readRows(registryRecords), registryMapping, {
      onProgress: (progress) => seen.push(progress),
      progressEvery: { rows: 5, ms: 60_000 },
    })
    expect(seen).toEqual([
      { rows: 5, written: 5, repeated: 0, refused: 0 },
      { rows: 10, written: 10, repeated: 0, refused: 0 },
      { rows: 15, written: 12, repeated: 0, refused: 3 },
      { rows: 16, written: 13, repeated: 0, refused: 3 },
    ])
  })

  it('stops between rows when its signal aborts, and says so', async () => {
    const { ledger } = newImportLedger()
    const controller = new AbortController()
    const result = await importRows(ledger, readRows(registryRecords), registryMapping, {
      signal: controller.signal,
      progressEvery: { rows: 1 },
      onProgress: (progress) => {
        if (progress.rows === 4) controller.abort()
      },
    })
    expect(result).toEqual({ rows: 4, written: 4, repeated: 0, refused: [], stopped: true })
    expect((await ledger.head()).size).toBe(4)
    const before = await importRows(ledger, readRows(registryRecords), registryMapping, {
      signal: AbortSignal.abort(),
    })
    expect(before).toEqual({ rows: 0, written: 0, repeated: 0, refused: [], stopped: true })
  })

  it('refuses arguments it cannot use with INVALID_INPUT naming them, before reading a row', async () => {
    const { ledger } = newImportLedger()
    const rows = readRows(registryRecords)
    const refusal = (promise: Promise<unknown>) =>
      promise.then(
        () => 'accepted',
        (error: { code: string; issues: { path: unknown[] }[] }) => [
          error.code,
          error.issues[0]?.path,
        ],
      )
    expect(await refusal(importRows({} as never, rows, registryMapping))).toEqual([
      'INVALID_INPUT',
      ['ledger'],
    ])
    expect(await refusal(importRows(ledger, 'a.csv' as never, registryMapping))).toEqual([
      'INVALID_INPUT',
      ['rows'],
    ])
    expect(await refusal(importRows(ledger, rows, { ...registryMapping, kinds: [] }))).toEqual([
      'INVALID_INPUT',
      ['mapping', 'kinds'],
    ])
    expect(
      await refusal(importRows(ledger, rows, registryMapping, { dryrun: true } as never)),
    ).toEqual(['INVALID_INPUT', ['options']])
    expect(
      await refusal(importRows(ledger, rows, registryMapping, { progressEvery: { rows: 0 } })),
    ).toEqual(['INVALID_INPUT', ['options', 'progressEvery', 'rows']])
    const { recordedAt: _, ...withoutRecordedAt } = registryMapping
    expect(await refusal(importRows(ledger, rows, withoutRecordedAt, { migration: true }))).toEqual(
      ['INVALID_INPUT', ['mapping', 'recordedAt']],
    )
    expect(await refusal(importRows(ledger, [{ line: 'two' }] as never, registryMapping))).toEqual([
      'INVALID_INPUT',
      ['rows', 0],
    ])
    expect((await ledger.head()).size).toBe(0)
  })
})
