import { readFileSync } from 'node:fs'
import { vi } from 'vitest'
import { createLedger, type Ledger } from '../../src/createLedger'
import { type ImportMapping, parseImportMapping } from '../../src/import'
import type { SourceRow } from '../../src/import/sourceRow'
import { type EventStore, memoryStore } from '../../src/store'
import { type Clock, fixedClock } from '../../src/time'

/** The example's mapping of a district registry's records, kinds chosen by 记录类型. */
export const registryMapping: ImportMapping = parseImportMapping(
  JSON.parse(
    readFileSync(new URL('../../examples/import/registry-mapping.json', import.meta.url), 'utf8'),
  ),
)

/** The example's records: sixteen rows on lines 2 to 17, of which lines 13, 14 and 15 are bad. */
export const registryRecords: URL = new URL(
  '../../examples/import/registry-records.csv',
  import.meta.url,
)

/** The lines of the example's bad rows: an unknown conclusion, a bad check character, no date. */
export const BAD_LINES: readonly number[] = [13, 14, 15]

/** A fresh ledger over a memory store, with its clock, recording in June 2024. */
export function newImportLedger(store: EventStore = memoryStore()): {
  ledger: Ledger
  store: EventStore
  clock: Clock
} {
  const clock = fixedClock('2024-06-03T09:00:00+08:00', 1000)
  return { ledger: createLedger({ store, clock }), store, clock }
}

/** A social group of Hangzhou's Xihu district, and a second one; their codes are valid. */
export const GROUP = '51330106MJ0003A281'
export const OTHER_GROUP = '51330106MJ0006K113'

/** The mapping of a sheet of annual inspections only: one kind for the whole sheet. */
export const inspectionMapping: ImportMapping = parseImportMapping({
  format: 'integrity-ledger/import-mapping/v1',
  source: '年检系统',
  org: { column: '统一社会信用代码' },
  recordedAt: { column: '录入日期', convert: 'date' },
  kinds: [
    {
      type: 'AnnualInspectionConcluded',
      effectiveAt: { column: '年检日期', convert: 'date' },
      by: { value: '杭州市西湖区民政局' },
      data: {
        year: { column: '年检年度', convert: 'year' },
        result: { column: '年检结论', map: { 合格: 'qualified', 基本合格: 'basically_qualified' } },
        reasons: { column: '年检意见', split: '；', optional: true },
        department: { value: '杭州市西湖区民政局' },
      },
    },
  ],
})

/** A registration row of the example's sheet, for `org`. */
export function registrationRow(
  line: number,
  org: string,
  name = '杭州市西湖区文化促进会',
): SourceRow {
  return {
    line,
    values: {
      记录类型: '登记',
      统一社会信用代码: org,
      名称: name,
      组织类型: '社会团体',
      登记日期: '2015年3月2日',
      登记管理机关: '杭州市西湖区民政局',
      住所: '杭州市西湖区文三路199号',
      '注册资金（万元）': '3',
      登记证号: `浙杭西社证字第${String(line).padStart(4, '0')}号`,
      法定代表人: '陈建平',
      录入日期: '2015年3月4日',
    },
  }
}

/** An inspection row of the example's sheet, for `org` and `year`. */
export function inspectionRow(line: number, org: string, year: number, result = '合格'): SourceRow {
  return {
    line,
    values: {
      记录类型: '年检',
      统一社会信用代码: org,
      登记管理机关: '杭州市西湖区民政局',
      年检年度: String(year),
      年检结论: result,
      年检意见: result === '合格' ? null : '财务管理不规范',
      年检日期: `${year + 1}年6月30日`,
      录入日期: `${year + 1}年7月1日`,
    },
  }
}

/**
 * Makes the salts the ledger draws a counted sequence, started afresh on each call, so that two
 * ledgers given the same entries have the same root. Undone by `vi.restoreAllMocks()`.
 */
export function countedSalts(): void {
  vi.restoreAllMocks()
  let next = 0
  vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation(<T>(array: T): T => {
    const bytes = array as unknown as Uint8Array
    for (let i = 0; i < bytes.length; i++) bytes[i] = next++ & 0xff
    return array
  })
}
