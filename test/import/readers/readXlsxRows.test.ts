import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import writeXlsxFile from 'write-excel-file/node'
import { isLedgerError } from '../../../src/errors'
import { readXlsxRows } from '../../../src/import'
import type { SourceRow } from '../../../src/import/sourceRow'

let dir = ''
let workbook = ''

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'integrity-ledger-xlsx-'))
  workbook = join(dir, '年检结果.xlsx')
  const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d))
  await writeXlsxFile([
    {
      sheet: '2019年度',
      dateFormat: 'yyyy年m月d日',
      data: [
        ['统一社会信用代码', '年检年度', '年检结论', '年检日期', null],
        ['51330106MJ0003A281', 2019, '合格', day(2020, 6, 30), null],
        [null, null, null, null, null],
        ['52330106MJ0107B50D', 2019, '基本合格', '2020/7/15', '备注不在表头下'],
      ],
    },
    {
      sheet: '2020年度',
      data: [
        ['杭州市西湖区2020年度社会组织年检结果'],
        ['统一社会信用代码', '年检结论'],
        ['53330000MJ0000D88G', '合格'],
      ],
    },
  ]).toFile(workbook)
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

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
    return { code: error.code, issue: error.issues[0]?.code, message: error.message }
  }
  throw new Error('the workbook was read')
}

describe('readXlsxRows', () => {
  it('reads the first sheet by default: its row numbers as lines, dates as Dates, numbers as numbers', async () => {
    expect(await rowsOf(readXlsxRows(workbook))).toEqual([
      {
        line: 2,
        values: {
          统一社会信用代码: '51330106MJ0003A281',
          年检年度: 2019,
          年检结论: '合格',
          年检日期: new Date(Date.UTC(2020, 5, 30)),
        },
      },
      {
        line: 4,
        values: {
          统一社会信用代码: '52330106MJ0107B50D',
          年检年度: 2019,
          年检结论: '基本合格',
          年检日期: '2020/7/15',
        },
      },
    ])
  })

  it('reads a sheet by name or number, with its header below a title', async () => {
    const expected = [
      { line: 3, values: { 统一社会信用代码: '53330000MJ0000D88G', 年检结论: '合格' } },
    ]
    expect(await rowsOf(readXlsxRows(workbook, { sheet: '2020年度', headerLine: 2 }))).toEqual(
      expected,
    )
    expect(await rowsOf(readXlsxRows(readFileSync(workbook), { sheet: 2, headerLine: 2 }))).toEqual(
      expected,
    )
  })

  it('refuses a sheet the workbook does not have with NOT_FOUND, naming the sheets it has', async () => {
    expect(await failureOf(readXlsxRows(workbook, { sheet: '2021年度' }))).toMatchObject({
      code: 'NOT_FOUND',
      issue: 'sheet_not_found',
      message: expect.stringMatching(/has no sheet 2021年度: .*2019年度, 2020年度/),
    })
  })

  it('refuses a missing file and a file that is not a workbook, naming the file', async () => {
    const missing = join(dir, '没有.xlsx')
    expect(await failureOf(readXlsxRows(missing))).toEqual({
      code: 'NOT_FOUND',
      issue: 'file_not_found',
      message: `${missing} does not exist`,
    })
    const text = join(dir, '名册.xlsx')
    writeFileSync(text, '统一社会信用代码,名称\n')
    expect(await failureOf(readXlsxRows(text))).toEqual({
      code: 'INVALID_INPUT',
      issue: 'not_xlsx',
      message: `${text} cannot be read: it is not an .xlsx workbook`,
    })
  })

  it('refuses arguments that are not a workbook or a sheet before reading', () => {
    expect(() => readXlsxRows(null as never)).toThrow(/file/)
    expect(() => readXlsxRows(workbook, { sheet: 0 })).toThrow(/options\.sheet/)
  })
})
