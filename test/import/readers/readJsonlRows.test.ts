import { describe, expect, it } from 'vitest'
import { isLedgerError } from '../../../src/errors'
import { readJsonlRows } from '../../../src/import'
import type { SourceRow } from '../../../src/import/sourceRow'

async function rowsOf(rows: AsyncIterable<SourceRow>): Promise<SourceRow[]> {
  const all: SourceRow[] = []
  for await (const row of rows) all.push(row)
  return all
}

async function failureOf(text: string) {
  try {
    await rowsOf(readJsonlRows({ text }))
  } catch (error) {
    if (!isLedgerError(error)) throw error
    return { code: error.code, issue: error.issues[0]?.code, message: error.message }
  }
  throw new Error('the dump was read')
}

describe('readJsonlRows', () => {
  it('gives each object with its line in the file, skipping blank lines and a last line without a line feed', async () => {
    const text =
      '{"代码":"51330106MJ0003A281","年度":2019,"合格":true}\r\n\n{"代码":"x","备注":null}'
    expect(await rowsOf(readJsonlRows({ text }))).toEqual([
      { line: 1, values: { 代码: '51330106MJ0003A281', 年度: 2019, 合格: true } },
      { line: 3, values: { 代码: 'x', 备注: null } },
    ])
  })

  it('refuses a line that is not JSON, not an object, or holds a nested value, naming the line', async () => {
    expect(await failureOf('{"a":1}\n{"a":\n')).toMatchObject({
      code: 'INVALID_INPUT',
      issue: 'json_syntax',
      message: expect.stringMatching(/^the JSON Lines text line 2: not JSON/),
    })
    expect(await failureOf('[1,2]\n')).toMatchObject({ issue: 'not_an_object' })
    expect(await failureOf('{"a":1}\n{"a":{"b":2}}\n')).toEqual({
      code: 'INVALID_INPUT',
      issue: 'nested_value',
      message: 'the JSON Lines text line 2: a holds an object or a list, not a cell',
    })
  })
})
