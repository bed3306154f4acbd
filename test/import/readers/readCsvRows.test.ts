import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { isLedgerError } from '../../../src/errors'
import { readCsvRows } from '../../../src/import'
import type { SourceRow } from '../../../src/import/sourceRow'
import { registryRecords } from '../fixtures'

async function rowsOf(rows: AsyncIterable<SourceRow>): Promise<SourceRow[]> {
  const all: SourceRow[] = []
  for await (const row of rows) all.push(row)
  return all
}

async function failureOf(rows: AsyncIterable<SourceRow>) {
  try {
    await rowsOf(rows)
  } catch (error) {
    if (!isLedgerError(error)) throw error
    return {
      code: error.code,
      issue: error.issues[0]?.code,
      path: error.issues[0]?.path,
      message: error.message,
    }
  }
  throw new Error('the file was read')
}

const gbk = (text: string) => {
  // 名称 and 杭州 in GBK, written out so the test needs no encoder.
  const bytes: Record<string, number[]> = {
    名: [0xc3, 0xfb],
    称: [0xb3, 0xc6],
    杭: [0xba, 0xbc],
    州: [0xd6, 0xdd],
  }
  return Uint8Array.from([...text].flatMap((c) => bytes[c] ?? [c.charCodeAt(0)]))
}

describe('readCsvRows', () => {
  it('reads the example file: a byte order mark, CRLF line ends, and lines from 2', async () => {
    const rows = await rowsOf(readCsvRows(registryRecords))
    expect(rows.map((row) => row.line)).toEqual([
      2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
    ])
    expect(rows[0]?.values).toMatchObject({
      记录类型: '登记',
      名称: '杭州市西湖区文化促进会',
      年检年度: null,
    })
    expect(rows[10]?.values.罚款金额).toBe('5,000')
  })

  it('counts lines as a sheet shows them: an empty line is a row, a quoted line break is not', async () => {
    const text = '名称,备注\n甲,一\n\n"乙","两行\n的备注"\n丙,\n,\n丁,四\n'
    const rows = await rowsOf(readCsvRows({ text }))
    expect(rows.map((row) => [row.line, row.values.名称, row.values.备注])).toEqual([
      [2, '甲', '一'],
      [4, '乙', '两行\n的备注'],
      [5, '丙', null],
      [7, '丁', '四'],
    ])
  })

  it('reads bytes, a Node stream cut inside a character, and GBK', async () => {
    const bytes = new TextEncoder().encode('\uFEFF名称\r\n杭州\r\n')
    expect(await rowsOf(readCsvRows(bytes))).toEqual([{ line: 2, values: { 名称: '杭州' } }])
    const chunks = [bytes.slice(0, 4), bytes.slice(4, 9), bytes.slice(9)]
    expect(await rowsOf(readCsvRows(Readable.from(chunks)))).toEqual([
      { line: 2, values: { 名称: '杭州' } },
    ])
    expect(await rowsOf(readCsvRows(gbk('名称\n杭州\n'), { encoding: 'gbk' }))).toEqual([
      { line: 2, values: { 名称: '杭州' } },
    ])
  })

  it('gives rows while the stream is still being read', async () => {
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    async function* slow() {
      yield '名称\n甲\n乙'
      await held
      yield '\n'
    }
    const rows = readCsvRows(slow())[Symbol.asyncIterator]()
    expect((await rows.next()).value).toEqual({ line: 2, values: { 名称: '甲' } })
    release()
    expect((await rows.next()).value).toEqual({ line: 3, values: { 名称: '乙' } })
    expect((await rows.next()).done).toBe(true)
  })

  it('trims header names, skips columns without one, and reads a header below a title', async () => {
    const text = '2023年度年检结果,,\n 名称 ,,结论\n甲,x,合格\n'
    expect(await rowsOf(readCsvRows({ text }, { headerLine: 2 }))).toEqual([
      { line: 3, values: { 名称: '甲', 结论: '合格' } },
    ])
    expect(await rowsOf(readCsvRows({ text: '名称;结论\n甲;合格\n' }, { delimiter: ';' }))).toEqual(
      [{ line: 2, values: { 名称: '甲', 结论: '合格' } }],
    )
  })

  it('refuses a missing file with NOT_FOUND naming it', async () => {
    expect(await failureOf(readCsvRows('/no/such/registry.csv'))).toMatchObject({
      code: 'NOT_FOUND',
      issue: 'file_not_found',
      message: '/no/such/registry.csv does not exist',
    })
  })

  it('refuses a quote never closed, naming the line', async () => {
    expect(
      await failureOf(readCsvRows({ text: '名称,备注\n甲,一\n乙,"二\n丙,三\n' })),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      issue: 'csv_syntax',
      message: expect.stringMatching(/^the CSV text line 4: Quote Not Closed/),
    })
  })

  it('refuses bytes that are not UTF-8, naming the line and suggesting GBK', async () => {
    expect(await failureOf(readCsvRows(gbk('名称\n杭州\n')))).toMatchObject({
      code: 'INVALID_INPUT',
      issue: 'not_text',
      path: [1],
      message: expect.stringContaining('pass encoding: "gbk"'),
    })
    const late = Uint8Array.from([...new TextEncoder().encode('名称\n甲\n'), ...gbk('杭州\n')])
    expect(await failureOf(readCsvRows(late))).toMatchObject({ path: [3] })
  })

  it('refuses two columns of one name, and a header naming none', async () => {
    expect(await failureOf(readCsvRows({ text: '名称,名称\n甲,乙\n' }))).toMatchObject({
      issue: 'duplicate_column',
      message: 'the CSV text line 1: two columns are called 名称',
    })
    expect(await failureOf(readCsvRows({ text: ',,\n甲,乙,丙\n' }))).toMatchObject({
      issue: 'no_header',
    })
  })

  it('refuses what is not a source or an option it does not know, before reading', () => {
    expect(() => readCsvRows(42 as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
    expect(() => readCsvRows({ text: '' }, { encoding: 'big5' as never })).toThrow(
      /options\.encoding/,
    )
  })
})
