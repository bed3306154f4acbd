// Needs the ledger's migration (AppendOptions.migration and the input field `migrated`), which
// arrives from another branch: until then every row here is refused as an unknown option.
import { describe, expect, it } from 'vitest'
import type { Ledger } from '../../src/createLedger'
import { importRows, parseImportMapping, readRows } from '../../src/import'
import { BAD_LINES, newImportLedger, registryMapping, registryRecords } from './fixtures'

interface Call {
  readonly input: { readonly migrated?: { readonly recordedAt: string; readonly source?: string } }
  readonly options: { readonly migration?: boolean; readonly idempotencyKey?: string }
}

/** The ledger, with every safeAppend it is given written down. */
function watched(ledger: Ledger): { ledger: Ledger; calls: Call[] } {
  const calls: Call[] = []
  const safeAppend: Ledger['safeAppend'] = (input, options) => {
    calls.push({ input, options } as Call)
    return ledger.safeAppend(input, options)
  }
  return { ledger: { ...ledger, safeAppend }, calls }
}

describe('importRows, migration', () => {
  it('appends each row as migrated, with the day the other system recorded it and the system', async () => {
    const { ledger, calls } = watched(newImportLedger().ledger)
    const result = await importRows(ledger, readRows(registryRecords), registryMapping, {
      migration: true,
    })
    expect(result).toMatchObject({ rows: 16, written: 13, repeated: 0 })
    expect(result.refused.map((row) => row.line)).toEqual(BAD_LINES)
    expect(calls[0]?.input.migrated).toEqual({
      recordedAt: '2015-03-04',
      source: '杭州市西湖区社会组织管理信息系统',
    })
    expect(calls[1]?.input.migrated?.recordedAt).toBe('2016-05-20')
    for (const call of calls) {
      expect(call.options).toEqual({
        migration: true,
        idempotencyKey: expect.stringMatching(/^import:/),
      })
    }
  })

  it('run again, writes nothing', async () => {
    const { ledger } = newImportLedger()
    await importRows(ledger, readRows(registryRecords), registryMapping, { migration: true })
    const head = await ledger.head()
    const again = await importRows(ledger, readRows(registryRecords), registryMapping, {
      migration: true,
    })
    expect(again).toMatchObject({ written: 0, repeated: 13 })
    expect(await ledger.head()).toEqual(head)
  })

  it('checks a migration in a dry run and writes nothing', async () => {
    const { ledger, clock } = newImportLedger()
    const dry = await importRows(ledger, readRows(registryRecords), registryMapping, {
      migration: true,
      dryRun: true,
      clock,
    })
    expect(dry).toMatchObject({ written: 13 })
    expect(dry.refused.map((row) => row.line)).toEqual(BAD_LINES)
    expect((await ledger.head()).size).toBe(0)
  })

  it('leaves out the source when the mapping names none', async () => {
    const { source: _, ...rest } = registryMapping
    const { ledger, calls } = watched(newImportLedger().ledger)
    const result = await importRows(ledger, readRows(registryRecords), parseImportMapping(rest), {
      migration: true,
    })
    expect(result.written).toBe(13)
    expect(calls[0]?.input.migrated).toEqual({ recordedAt: '2015-03-04' })
  })
})
