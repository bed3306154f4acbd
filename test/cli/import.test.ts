import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import writeXlsxFile from 'write-excel-file/node'
import { sqliteStore } from '../../src/adapters/sqlite'
import type { EventStore } from '../../src/store'
import { sampleOrganizationId } from '../../src/testing/sampleOrganizationId'
import { finished, initialised, run, start } from './builtBinary'

const EXAMPLE = new URL('../../examples/import/', import.meta.url).pathname
const MAPPING = join(EXAMPLE, 'registry-mapping.json')
const SHEET = join(EXAMPLE, 'registry-records.csv')
const stores: EventStore[] = []
afterAll(async () => {
  for (const store of stores) await store.close()
})

async function headOf(cwd: string): Promise<number> {
  const store = sqliteStore({ file: join(cwd, 'ledger.db') })
  stores.push(store)
  return store.head()
}

const HEADER = [
  '记录类型',
  '统一社会信用代码',
  '名称',
  '组织类型',
  '登记日期',
  '登记管理机关',
  '住所',
  '注册资金（万元）',
  '登记证号',
  '法定代表人',
  '录入日期',
]

// Registrations as a registry's system exports them, one organization a row.
function registrations(count: number): string[][] {
  return Array.from({ length: count }, (_, i) => [
    '登记',
    sampleOrganizationId(i),
    `杭州市西湖区第${i}号公益促进会`,
    '社会团体',
    `2016年${(i % 12) + 1}月${(i % 28) + 1}日`,
    '杭州市西湖区民政局',
    `杭州市西湖区文三路${i}号`,
    '3',
    `浙杭西社证字第${i}号`,
    '陈建平',
    '2016年12月31日',
  ])
}

const csv = (rows: string[][]) => `${[HEADER, ...rows].map((row) => row.join(',')).join('\n')}\n`

describe('import', () => {
  it('a dry run lists every refused row with its line and writes nothing', async () => {
    const cwd = await initialised()
    const ran = await run(['--json', 'import', SHEET, '--mapping', MAPPING, '--dry-run'], { cwd })
    expect(ran.code).toBe(1)
    const answer = JSON.parse(ran.stdout)
    expect(answer.refused.map((row: { line: number }) => row.line)).toEqual([13, 14, 15])
    expect(answer.refused[1].issues[0].code).toBe('invalid_check_character')
    expect(answer.written).toBe(13)
    expect(await headOf(cwd)).toBe(0)
  })

  it('a real run writes the good rows, and a second run writes nothing twice', async () => {
    const cwd = await initialised()
    const first = await run(['--json', 'import', SHEET, '--mapping', MAPPING], { cwd })
    expect(first.code).toBe(1)
    expect(JSON.parse(first.stdout)).toMatchObject({ written: 13, repeated: 0 })
    const head = await headOf(cwd)
    const again = await run(['--lang', 'zh', 'import', SHEET, '--mapping', MAPPING], { cwd })
    expect(again.stdout).toContain('写入 0，此前已写入 13，拒绝 3')
    expect(await headOf(cwd)).toBe(head)
  })

  it('reads an XLSX sheet with the same mapping', async () => {
    const cwd = await initialised()
    const file = join(cwd, 'records.xlsx')
    const rows = registrations(5)
    await writeXlsxFile([{ sheet: '登记', data: [HEADER, ...rows] }]).toFile(file)
    const ran = await run(['--json', 'import', file, '--mapping', MAPPING], { cwd })
    expect(ran.code, ran.stderr).toBe(0)
    expect(JSON.parse(ran.stdout)).toMatchObject({ rows: 5, written: 5, refused: [] })
  })

  it('with --migration the entries carry the other system’s recording date and source', async () => {
    const cwd = await initialised()
    const ran = await run(['--json', 'import', SHEET, '--mapping', MAPPING, '--migration'], { cwd })
    expect(JSON.parse(ran.stdout).written).toBe(13)
    const store = sqliteStore({ file: join(cwd, 'ledger.db') })
    stores.push(store)
    const first = await store.readEntry(0)
    expect(first?.migrated).toEqual({
      recordedAt: '2015-03-04',
      source: '杭州市西湖区社会组织管理信息系统',
    })
  })

  it('a file that is not there is a usage error', async () => {
    const cwd = await initialised()
    const ran = await run(['import', 'missing.csv', '--mapping', MAPPING], { cwd })
    expect(ran.code).toBe(2)
  })

  it('stopped by Ctrl-C part way, then run again, writes each row exactly once', async () => {
    const cwd = await initialised()
    const count = 1500
    writeFileSync(join(cwd, 'big.csv'), csv(registrations(count)))
    const child = start(['import', 'big.csv', '--mapping', MAPPING], { cwd })
    const done = finished(child)
    // Stop once some rows are in: the store's head moves as rows are written.
    while ((await headOf(cwd)) < 50) await new Promise((resolve) => setTimeout(resolve, 50))
    child.kill('SIGINT')
    const stopped = await done
    expect(stopped.code).toBe(130)
    const partial = await headOf(cwd)
    expect(partial).toBeLessThan(count)
    const rerun = await run(['--json', 'import', 'big.csv', '--mapping', MAPPING], { cwd })
    expect(rerun.code).toBe(0)
    const answer = JSON.parse(rerun.stdout)
    expect(answer.written + answer.repeated).toBe(count)
    expect(answer.repeated).toBe(partial)
    expect(await headOf(cwd)).toBe(count)
  })
})
