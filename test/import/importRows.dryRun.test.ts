import { describe, expect, it } from 'vitest'
import { importRows, readRows } from '../../src/import'
import type { memoryStore } from '../../src/store'
import { fixedClock } from '../../src/time'
import {
  BAD_LINES,
  GROUP,
  inspectionRow,
  newImportLedger,
  OTHER_GROUP,
  registrationRow,
  registryMapping,
  registryRecords,
} from './fixtures'

async function everything(store: ReturnType<typeof memoryStore>) {
  const entries: unknown[] = []
  for await (const page of store.readAll()) entries.push(...page)
  return { head: await store.head(), entries }
}

describe('importRows, dry run', () => {
  it('writes nothing and lists every row the real run would refuse, with its line', async () => {
    const { ledger, store, clock } = newImportLedger()
    const before = await everything(store)
    const dry = await importRows(ledger, readRows(registryRecords), registryMapping, {
      dryRun: true,
      clock,
    })
    expect(await everything(store)).toEqual(before)
    expect(dry).toMatchObject({ rows: 16, written: 13, repeated: 0, stopped: false })
    const real = await importRows(ledger, readRows(registryRecords), registryMapping)
    expect(dry.refused.map((row) => row.line)).toEqual(BAD_LINES)
    expect(dry.refused).toEqual(real.refused)
  })

  it("runs the ledger's checks between rows of the file: an inspection needs its registration, a registration happens once", async () => {
    const { ledger, clock } = newImportLedger()
    const rows = [
      registrationRow(2, GROUP),
      inspectionRow(3, GROUP, 2019),
      inspectionRow(4, OTHER_GROUP, 2019),
      registrationRow(5, GROUP, '杭州市西湖区文化促进会（重复）'),
      inspectionRow(6, GROUP, 2019),
    ]
    const dry = await importRows(ledger, rows, registryMapping, { dryRun: true, clock })
    expect(dry).toMatchObject({ written: 2, repeated: 1 })
    expect(dry.refused.map(({ line, issues }) => [line, issues[0]?.code])).toEqual([
      [4, 'unknown_organization'],
      [5, 'already_registered'],
    ])
  })

  it('reads the clock it is given, so a past fact dated after today is refused as the real run would', async () => {
    const { ledger } = newImportLedger()
    const clock = fixedClock('2020-07-01T09:00:00+08:00', 1000)
    const rows = [registrationRow(2, GROUP), inspectionRow(3, GROUP, 2020)]
    const dry = await importRows(ledger, rows, registryMapping, { dryRun: true, clock })
    expect(dry.refused).toEqual([
      { line: 3, issues: [expect.objectContaining({ code: 'effective_after_recording' })] },
    ])
  })

  it('counts rows of organizations the target ledger already holds as written, leaving the checks on their earlier entries to the real run', async () => {
    const { ledger, clock } = newImportLedger()
    await importRows(ledger, [registrationRow(2, GROUP)], registryMapping)
    const head = await ledger.head()
    const rows = [inspectionRow(2, GROUP, 2019), inspectionRow(3, OTHER_GROUP, 2019)]
    const dry = await importRows(ledger, rows, registryMapping, { dryRun: true, clock })
    expect(dry.written).toBe(1)
    expect(dry.refused.map((row) => row.line)).toEqual([3])
    expect(await ledger.head()).toEqual(head)
  })
})
