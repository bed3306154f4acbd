import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readRows } from '../../../src/import'
import type { SourceRow } from '../../../src/import/sourceRow'
import { registryRecords } from '../fixtures'

const dir = mkdtempSync(join(tmpdir(), 'integrity-ledger-rows-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function rowsOf(rows: AsyncIterable<SourceRow>): Promise<SourceRow[]> {
  const all: SourceRow[] = []
  for await (const row of rows) all.push(row)
  return all
}

describe('readRows', () => {
  it('chooses the reader by extension: CSV, tab-separated, JSON Lines', async () => {
    expect(await rowsOf(readRows(registryRecords))).toHaveLength(16)
    const tsv = join(dir, 'records.TSV')
    writeFileSync(tsv, '名称\t结论\n甲\t合格\n')
    expect(await rowsOf(readRows(tsv))).toEqual([{ line: 2, values: { 名称: '甲', 结论: '合格' } }])
    const jsonl = join(dir, 'records.ndjson')
    writeFileSync(jsonl, '{"名称":"甲"}\n')
    expect(await rowsOf(readRows(jsonl))).toEqual([{ line: 1, values: { 名称: '甲' } }])
  })

  it('reads by the format given when the extension says nothing', async () => {
    const dump = join(dir, 'export.txt')
    writeFileSync(dump, '名称\n甲\n')
    expect(await rowsOf(readRows(dump, { format: 'csv' }))).toEqual([
      { line: 2, values: { 名称: '甲' } },
    ])
    expect(() => readRows(dump)).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        message: expect.stringContaining("pass format 'csv'"),
      }),
    )
  })
})
