import { describe, expect, it } from 'vitest'
import { createLedger } from '../../src/createLedger'
import { canonicalJson } from '../../src/events/canonicalJson'
import type { EntryInput } from '../../src/ledger/entryInput'
import { memoryStore } from '../../src/store'
import { fixedClock } from '../../src/time'
import { annualReport, GROUP, registration, SERVICE, snapshot } from './fixtures'

// 09:00 in Shanghai on 2024-06-01: the import's moment.
const IMPORTED_AT = '2024-06-01T01:00:00.000Z'
const SOURCE = '上海市社会组织业务管理系统'

const ledgerAt = (at = IMPORTED_AT) => {
  const store = memoryStore()
  return { store, ledger: createLedger({ store, clock: fixedClock(at) }) }
}

/** `input` as the other system recorded it on `recordedAt`. */
const migrated = (input: EntryInput, recordedAt: string, source = SOURCE): EntryInput =>
  ({ ...input, migrated: { recordedAt, source } }) as EntryInput

describe('ledger.append in migration mode', () => {
  it('keeps when and where the other system recorded an entry, and stamps it with the import', async () => {
    const { ledger } = ledgerAt()
    const { entries } = await ledger.append(
      [
        migrated(registration(GROUP, '2015-03-01'), '2015-03-02'),
        migrated(annualReport(GROUP, 2015), '2016-05-21T10:30:00+08:00'),
      ],
      { migration: true },
    )
    expect(entries.map((entry) => [entry.migrated, entry.recordedAt])).toEqual([
      [{ recordedAt: '2015-03-02', source: SOURCE }, IMPORTED_AT],
      [{ recordedAt: '2016-05-21T10:30:00+08:00', source: SOURCE }, IMPORTED_AT],
    ])
  })

  it('stores migrated between effectiveAt and org, so the envelope stays canonical JSON', async () => {
    const { ledger } = ledgerAt()
    const input = {
      ...registration(GROUP, '2015-03-01'),
      migrated: { source: SOURCE, recordedAt: '2015-03-02' },
    } as EntryInput
    const [entry] = (await ledger.append(input, { migration: true })).entries
    expect(Object.keys(entry ?? {})).toEqual(Object.keys(entry ?? {}).sort())
    expect(Object.keys(entry?.migrated ?? {})).toEqual(['recordedAt', 'source'])
    const envelope = { ...entry, data: {} }
    expect(JSON.stringify(envelope)).toBe(canonicalJson(envelope))
  })

  it('takes migrated without a source', async () => {
    const { ledger } = ledgerAt()
    const input = { ...registration(GROUP, '2015-03-01'), migrated: { recordedAt: '2015-03-02' } }
    const [entry] = (await ledger.append(input as EntryInput, { migration: true })).entries
    expect(entry?.migrated).toEqual({ recordedAt: '2015-03-02' })
  })

  it('refuses migrated outside migration mode, at the input that carries it, and writes nothing', async () => {
    const { ledger, store } = ledgerAt()
    await ledger.append(registration(GROUP))
    const before = await snapshot(store)
    const batch = [annualReport(GROUP, 2016), migrated(annualReport(GROUP, 2017), '2018-05-20')]
    expect(await ledger.safeAppend(batch)).toMatchObject({
      success: false,
      issues: [{ code: 'migration_not_enabled', path: [1, 'migrated'] }],
    })
    expect(await ledger.safeAppend(batch, { migration: false })).toMatchObject({
      success: false,
      issues: [{ code: 'migration_not_enabled', path: [1, 'migrated'] }],
    })
    await expect(ledger.append(batch)).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    expect(await snapshot(store)).toEqual(before)
  })

  it('refuses an input without migrated in migration mode, naming each one', async () => {
    const { ledger, store } = ledgerAt()
    const before = await snapshot(store)
    const result = await ledger.safeAppend(
      [
        registration(GROUP, '2015-03-01'),
        migrated(registration(SERVICE, '2015-03-01'), '2015-03-02'),
        annualReport(GROUP, 2015),
      ],
      { migration: true },
    )
    expect(result).toMatchObject({
      success: false,
      issues: [
        { code: 'not_migrated', path: [0, 'migrated'] },
        { code: 'not_migrated', path: [2, 'migrated'] },
      ],
    })
    await expect(ledger.append(registration(GROUP), { migration: true })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['migrated'] }],
    })
    expect(await snapshot(store)).toEqual(before)
  })

  it('refuses a migration option that is not a boolean', async () => {
    const { ledger } = ledgerAt()
    const result = await ledger.safeAppend(registration(GROUP), { migration: 'yes' } as never)
    expect(result).toMatchObject({
      success: false,
      issues: [{ path: ['options', 'migration'] }],
    })
  })

  it('refuses a malformed migrated: a date that is none, an empty or overlong source, a stray key', async () => {
    const { ledger } = ledgerAt()
    const attempt = (value: unknown) =>
      ledger.safeAppend({ ...registration(GROUP, '2015-03-01'), migrated: value } as EntryInput, {
        migration: true,
      })
    expect(await attempt({ recordedAt: '2015-02-30' })).toMatchObject({
      issues: [{ path: ['migrated', 'recordedAt'] }],
    })
    expect(await attempt({ recordedAt: '2015-03-02T10:00:00' })).toMatchObject({
      issues: [{ path: ['migrated', 'recordedAt'] }],
    })
    expect(await attempt({ recordedAt: '2015-03-02', source: '' })).toMatchObject({
      issues: [{ path: ['migrated', 'source'] }],
    })
    expect(await attempt({ recordedAt: '2015-03-02', source: 'x'.repeat(201) })).toMatchObject({
      issues: [{ path: ['migrated', 'source'] }],
    })
    expect(await attempt({ recordedAt: '2015-03-02', by: 'clerk' })).toMatchObject({
      issues: [{ code: 'unrecognized_keys', path: ['migrated'] }],
    })
    expect(await attempt({ recordedAt: '2015-03-02', source: 'x'.repeat(200) })).toMatchObject({
      success: true,
    })
  })
})
