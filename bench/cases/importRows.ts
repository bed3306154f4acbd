import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sqliteStore } from '../../src/adapters/sqlite'
import { createLedger } from '../../src/createLedger'
import { importRows, parseImportMapping, readCsvRows } from '../../src/import'
import { importKey } from '../../src/import/importKey'
import { mapRow } from '../../src/import/mapRow'
import type { SourceRow } from '../../src/import/sourceRow'
import { type EventStore, memoryStore } from '../../src/store'
import { fixedClock } from '../../src/time'
import type { BenchCase, Row, Settings } from '../harness/benchCase'
import { compareRates, type Pass } from '../harness/measure'
import { usccOf } from '../workload/uscc'

// A county registry's sheet: one registration and then annual inspections per organization,
// as many rows as the run's N, with the columns and mapping of examples/import.
const REGISTRAR = '杭州市西湖区民政局'
const COLUMNS = [
  '记录类型',
  '统一社会信用代码',
  '名称',
  '登记日期',
  '注册资金（万元）',
  '年检年度',
  '年检结论',
  '年检日期',
]
const mapping = parseImportMapping({
  format: 'integrity-ledger/import-mapping/v1',
  source: 'bench',
  org: { column: '统一社会信用代码' },
  kindColumn: '记录类型',
  kinds: [
    {
      when: '登记',
      type: 'OrganizationRegistered',
      effectiveAt: { column: '登记日期', convert: 'date' },
      by: { value: REGISTRAR },
      data: {
        name: { column: '名称' },
        kind: { value: 'social_group' },
        registrar: { value: REGISTRAR },
        registrarLevel: { value: 'county' },
        domicile: { value: '杭州市西湖区文三路199号' },
        registeredFunds: { column: '注册资金（万元）', convert: 'wan_yuan' },
        certificateNumber: { column: '名称' },
      },
    },
    {
      when: '年检',
      type: 'AnnualInspectionConcluded',
      effectiveAt: { column: '年检日期', convert: 'date' },
      by: { value: REGISTRAR },
      data: {
        year: { column: '年检年度', convert: 'year' },
        result: { column: '年检结论', map: { 合格: 'qualified' } },
        department: { value: REGISTRAR },
      },
    },
  ],
})

function* sheetLines(n: number): Generator<string> {
  yield COLUMNS.join(',')
  for (let row = 0, org = 0; row < n; org++) {
    const code = usccOf('social_group', '330106', org)
    yield `登记,${code},西湖区第${org}协会,2015年3月2日,3,,,`
    row++
    for (let year = 2015; year < 2023 && row < n; year++, row++) {
      yield `年检,${code},,,,${year}年度,合格,${year + 1}年6月30日`
    }
  }
}

async function writeSheet(file: string, n: number): Promise<void> {
  const out = createWriteStream(file)
  for (const line of sheetLines(n)) if (!out.write(`${line}\n`)) await once(out, 'drain')
  out.end()
  await once(out, 'finish')
}

interface Storage {
  open(): EventStore
  destroy(): Promise<void>
}

const clock = () => fixedClock('2024-06-03T09:00:00+08:00', 1000)

function importPass(file: string, storage: () => Storage): Pass<Storage> {
  return {
    prepare: storage,
    async run(opened) {
      const ledger = createLedger({ store: opened.open(), clock: clock() })
      const result = await importRows(ledger, readCsvRows(file), mapping)
      await ledger.close()
      await opened.destroy()
      if (result.refused.length > 0)
        throw new Error(`refused: ${result.refused[0]?.issues[0]?.message}`)
      return result.written
    },
  }
}

// The limit: the same inputs, mapped beforehand and held in memory, appended one per call
// under the same keys, with no reading, no mapping and no head before each append.
function appendPass(rows: readonly SourceRow[], storage: () => Storage): Pass<Storage> {
  const inputs = rows.map((row) => {
    const mapped = mapRow(row, mapping, false)
    if (!mapped.success) throw new Error(`line ${row.line}: ${mapped.issues[0]?.message}`)
    return { input: mapped.data, key: importKey(mapped.data, mapping.source) }
  })
  return {
    prepare: storage,
    async run(opened) {
      const ledger = createLedger({ store: opened.open(), clock: clock() })
      for (const { input, key } of inputs) await ledger.safeAppend(input, { idempotencyKey: key })
      await ledger.close()
      await opened.destroy()
      return inputs.length
    },
  }
}

async function importRowsFigures(
  settings: Settings,
  name: string,
  storage: (dir: string) => () => Storage,
): Promise<Row[]> {
  const dir = await mkdtemp(join(tmpdir(), 'integrity-ledger-bench-import-'))
  try {
    const file = join(dir, 'records.csv')
    await writeSheet(file, settings.n)
    const rows: SourceRow[] = []
    for await (const row of readCsvRows(file)) rows.push(row)
    const rates = await compareRates(
      settings,
      importPass(file, storage(dir)),
      appendPass(rows, storage(dir)),
    )
    return [
      {
        case: name,
        measure: `rows/s, a CSV of ${settings.n.toLocaleString('en')} rows read, mapped and appended one per call`,
        unit: 'rows/s',
        project: rates.project,
        limit: rates.limit,
        limitLabel: 'the mapped inputs appended one per call',
      },
    ]
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

const memory = () => () => ({ open: () => memoryStore(), destroy: async () => {} })

let databases = 0
const sqlite = (dir: string) => () => {
  const file = join(dir, `ledger-${databases++}.db`)
  return {
    open: () => sqliteStore({ file }),
    destroy: async () => {
      for (const suffix of ['', '-wal', '-shm']) await rm(file + suffix, { force: true })
    },
  }
}

/** import: `importRows` of a generated CSV into a memory store, beside appending the mapped rows. */
export const importRowsCase: BenchCase = {
  name: 'import',
  summary:
    'rows/s through `importRows` from a generated CSV (one registration and yearly inspections per organization) into a memory store; limit: the same inputs, mapped beforehand, appended one per call under the same keys',
  run: (settings) => importRowsFigures(settings, 'import', memory),
}

/** import-sqlite: the same into a SQLite file. */
export const importRowsSqliteCase: BenchCase = {
  name: 'import-sqlite',
  summary: 'the import case into a SQLite file',
  run: (settings) => importRowsFigures(settings, 'import-sqlite', sqlite),
}
