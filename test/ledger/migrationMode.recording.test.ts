import { describe, expect, it } from 'vitest'
import { createLedger } from '../../src/createLedger'
import type { EntryInput } from '../../src/ledger/entryInput'
import { memoryStore } from '../../src/store'
import { fixedClock } from '../../src/time'
import { annualReport, GROUP, registration, snapshot, warning } from './fixtures'

// 09:00 in Shanghai on 2024-06-01.
const IMPORTED_AT = '2024-06-01T01:00:00.000Z'

const ledgerAt = (at = IMPORTED_AT) => {
  const store = memoryStore()
  return { store, ledger: createLedger({ store, clock: fixedClock(at) }) }
}

const migrated = (input: EntryInput, recordedAt: string): EntryInput =>
  ({ ...input, migrated: { recordedAt, source: '旧系统' } }) as EntryInput

const codes = (result: { success: boolean; issues?: readonly { code: string }[] }) =>
  result.success ? [] : (result.issues ?? []).map((issue) => issue.code)

describe('ledger.append in migration mode, and the recording dates', () => {
  it('refuses an original recording later than the import: a date by its day, an instant by the instant', async () => {
    const { ledger, store } = ledgerAt()
    const before = await snapshot(store)
    const registered = registration(GROUP, '2015-03-01')
    for (const later of ['2024-06-02', '2024-06-01T01:00:00.001Z', '2024-06-01T09:00:01+08:00']) {
      const result = await ledger.safeAppend(migrated(registered, later), { migration: true })
      expect(result).toMatchObject({
        success: false,
        issues: [{ code: 'migrated_after_recording', path: ['migrated', 'recordedAt'] }],
      })
    }
    expect(await snapshot(store)).toEqual(before)
    await ledger.append(migrated(registered, '2024-06-01'), { migration: true })
    await ledger.append(migrated(annualReport(GROUP, 2016), IMPORTED_AT), { migration: true })
  })

  it('takes a past fact that took effect before its original recording, however long ago', async () => {
    const { ledger } = ledgerAt()
    await ledger.append(
      [
        migrated(registration(GROUP, '2015-03-01'), '2015-03-02'),
        migrated(annualReport(GROUP, 2015, '2016-05-20'), '2016-05-20'),
      ],
      { migration: true },
    )
  })

  it('refuses a past fact that took effect after its original recording, though before the import', async () => {
    const { ledger } = ledgerAt()
    const result = await ledger.safeAppend(
      [migrated(registration(GROUP, '2015-03-05'), '2015-03-02')],
      { migration: true },
    )
    expect(result).toMatchObject({
      success: false,
      issues: [{ code: 'effective_after_recording', path: [0, 'effectiveAt'] }],
    })
    expect(result.success ? '' : result.issues[0]?.message).toContain('first recorded (2015-03-02)')
  })

  it('lets a migrated decision name a later day it applies from', async () => {
    const { ledger } = ledgerAt()
    await ledger.append(
      [
        migrated(registration(GROUP, '2015-03-01'), '2015-03-02'),
        migrated(warning(GROUP, '2020-08-10'), '2020-08-01'),
      ],
      { migration: true },
    )
  })

  it('keeps the annual-report checks for migrated reports', async () => {
    const { ledger } = ledgerAt()
    const early = await ledger.safeAppend(
      [
        migrated(registration(GROUP, '2016-03-01'), '2016-03-01'),
        migrated(annualReport(GROUP, 2015), '2016-05-20'),
        migrated(annualReport(GROUP, 2016, '2016-12-31'), '2016-12-31'),
      ],
      { migration: true },
    )
    expect(codes(early)).toEqual(['report_before_registration', 'report_before_year_end'])
  })

  it('still refuses a clock set back behind the last recording', async () => {
    const store = memoryStore()
    await createLedger({ store, clock: fixedClock(IMPORTED_AT) }).append(
      migrated(registration(GROUP, '2015-03-01'), '2015-03-02'),
      { migration: true },
    )
    const behind = createLedger({ store, clock: fixedClock('2016-05-21T00:00:00Z') })
    const result = await behind.safeAppend(migrated(annualReport(GROUP, 2015), '2016-05-20'), {
      migration: true,
    })
    expect(codes(result)).toEqual(['clock_behind'])
  })

  it('keeps a migrated entry out of every read as known before the import', async () => {
    const { ledger } = ledgerAt()
    await ledger.append(migrated(registration(GROUP, '2015-03-01'), '2015-03-02'), {
      migration: true,
    })
    await expect(ledger.creditFile(GROUP, { knownAt: '2024-05-31' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    const file = await ledger.creditFile(GROUP, { asOf: '2015-03-01', knownAt: IMPORTED_AT })
    expect(file.registration.opened?.on).toBe('2015-03-01')
  })
})
