// A district registry moves its records into the ledger: the mapping of its sheet's columns
// (examples/import/registry-mapping.json) is checked, a dry run lists the rows that need fixing,
// the real run writes the rest, and a second run, as after an interruption, writes nothing.
import { readFileSync } from 'node:fs'
import { type ImportRowsResult, importRows, parseImportMapping, readRows } from '../src/import'
import { createLedger, fixedClock, memoryStore } from '../src/index'

const mappingFile = new URL('./import/registry-mapping.json', import.meta.url)
const records = new URL('./import/registry-records.csv', import.meta.url)
const mapping = parseImportMapping(JSON.parse(readFileSync(mappingFile, 'utf8')))

const clock = fixedClock('2024-06-03T09:00:00+08:00', 1000)
const ledger = createLedger({ store: memoryStore(), clock })

function summary(title: string, result: ImportRowsResult, dryRun = false): void {
  const [zh, en] = dryRun ? ['可写入', 'would be written'] : ['写入', 'written']
  console.log(`\n${title}`)
  console.log(
    `  读取 ${result.rows} 行，${zh} ${result.written}，已写过 ${result.repeated}，拒绝 ${result.refused.length}` +
      ` / ${result.rows} rows read, ${result.written} ${en}, ${result.repeated} written before, ${result.refused.length} refused`,
  )
  for (const { line, issues } of result.refused) {
    for (const { code, path, message } of issues) {
      console.log(`  第 ${line} 行 / line ${line}, ${path.join('.')}: ${message} (${code})`)
    }
  }
}

const dryRun = await importRows(ledger, readRows(records), mapping, { dryRun: true, clock })
summary('试运行（不写入）/ Dry run (writes nothing)', dryRun, true)
const afterDryRun = await ledger.head()

const run = await importRows(ledger, readRows(records), mapping, {
  // Every 1,000 rows or second, and at the end: here, once.
  onProgress: ({ rows }) => console.log(`  进度 / progress: ${rows}`),
})
summary('正式导入 / Import', run)

const rerun = await importRows(ledger, readRows(records), mapping)
summary('再次导入（如中断后重跑）/ Run again (as after an interruption)', rerun)

const head = await ledger.head()
console.log(`\n台账 / Ledger: ${head.size} 条记录 / entries, root ${head.root.slice(0, 16)}…`)
const file = await ledger.creditFile('52330106MJ0107B50D')
console.log(
  `${file.identity.name ?? '52330106MJ0107B50D'}：处罚 ${file.penalties.length} 项 / ${file.penalties.length} penalty`,
)

const ok =
  afterDryRun.size === 0 &&
  run.written === dryRun.written &&
  rerun.written === 0 &&
  rerun.repeated === run.written &&
  run.refused.length === 3
if (!ok) {
  console.error('the import did not go as the sample file says it should')
  process.exit(1)
}
