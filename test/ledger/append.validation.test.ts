import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { EntryInput } from '../../src/ledger/entryInput'
import { annualReport, GROUP, newLedger, registration, snapshot } from './fixtures'

describe('ledger.safeAppend with bad input', () => {
  it('names the field and the reason for a wrong payload field', async () => {
    const { ledger } = newLedger()
    await ledger.append(registration(GROUP))
    const report = annualReport(GROUP, 2016)
    const result = await ledger.safeAppend({ ...report, data: { ...report.data, year: '2016' } })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.issues[0]).toMatchObject({ code: 'invalid_type', path: ['data', 'year'] })
  })

  it('rejects amounts in yuan that are not whole numbers', async () => {
    const { ledger } = newLedger()
    await ledger.append(registration(GROUP))
    const result = await ledger.safeAppend({
      ...annualReport(GROUP, 2016),
      data: { year: 2016, filedWith: 'registrar', financials: { income: 100.5, expenditure: 1 } },
    })
    expect(result.success).toBe(false)
    if (!result.success) expect(result.issues[0]?.path).toEqual(['data', 'financials', 'income'])
  })

  it('names the wrong position of a bad organization code', async () => {
    const { ledger } = newLedger()
    const result = await ledger.safeAppend({ ...registration(GROUP), org: '53100000500020462H' })
    expect(result.success).toBe(false)
    if (!result.success) {
      expect(result.issues[0]).toMatchObject({ code: 'invalid_check_character', path: ['org', 17] })
    }
    await expect(
      ledger.append({ ...registration(GROUP), org: '5310' } as EntryInput),
    ).rejects.toMatchObject({
      code: 'INVALID_ORGANIZATION_ID',
    })
  })

  it('names an unknown entry type, an unknown envelope field and a date that does not exist', async () => {
    const { ledger } = newLedger()
    const unknownType = await ledger.safeAppend({ ...registration(GROUP), type: 'Rewarded' })
    expect(!unknownType.success && unknownType.issues[0]?.code).toBe('unknown_entry_type')
    const extra = await ledger.safeAppend({ ...registration(GROUP), note: 'x' })
    expect(!extra.success && extra.issues[0]?.code).toBe('unrecognized_keys')
    const badDate = await ledger.safeAppend({ ...registration(GROUP), effectiveAt: '2021-02-30' })
    expect(!badDate.success && badDate.issues[0]?.path).toEqual(['effectiveAt'])
  })

  it('throws INVALID_INPUT with the field in the message from the throwing variant', async () => {
    const { ledger } = newLedger()
    const error = await ledger.append({ ...registration(GROUP), by: '' }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'INVALID_INPUT' })
    expect((error as Error).message).toContain('by:')
  })

  it('rejects an empty batch and bad options', async () => {
    const { ledger } = newLedger()
    expect((await ledger.safeAppend([])).success).toBe(false)
    const badOptions = await ledger.safeAppend(registration(GROUP), { expectedVersion: -1 })
    expect(!badOptions.success && badOptions.issues[0]?.path).toEqual([
      'options',
      'expectedVersion',
    ])
  })

  it('leaves the store exactly as it was, whatever garbage comes in', async () => {
    const { ledger, store } = newLedger()
    await ledger.append([registration(GROUP), annualReport(GROUP, 2016)])
    const before = await snapshot(store)
    const headBefore = await ledger.head()
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.record({
            org: fc.string(),
            type: fc.constantFrom('AnnualReportFiled', 'PenaltyImposed'),
            data: fc.anything(),
          }),
          fc.array(fc.anything(), { maxLength: 3 }),
        ),
        async (garbage) => {
          const result = await ledger.safeAppend(garbage)
          expect(result.success).toBe(false)
        },
      ),
      { numRuns: 200 },
    )
    expect(await snapshot(store)).toEqual(before)
    expect(await ledger.head()).toEqual(headBefore)
  })
})
