import { describe, expect, it } from 'vitest'
import { annualReport, GROUP, newLedger, registration, SERVICE, snapshot } from './fixtures'

describe('ledger.append expected versions', () => {
  it('accepts no_stream for a new organization and refuses it once the stream exists', async () => {
    const { ledger } = newLedger()
    await ledger.append(registration(GROUP), { expectedVersion: 'no_stream' })
    await expect(
      ledger.append(annualReport(GROUP, 2016), { expectedVersion: 'no_stream' }),
    ).rejects.toMatchObject({ code: 'VERSION_CONFLICT' })
  })

  it('accepts stream_exists only for a registered organization', async () => {
    const { ledger } = newLedger()
    const result = await ledger.safeAppend(registration(GROUP), {
      expectedVersion: 'stream_exists',
    })
    expect(!result.success && result.issues[0]?.code).toBe('version_conflict')
  })

  it('accepts the exact last version and refuses a stale one, writing nothing', async () => {
    const { ledger, store } = newLedger()
    await ledger.append([registration(GROUP), annualReport(GROUP, 2016)])
    await ledger.append(annualReport(GROUP, 2017), { expectedVersion: 2 })
    const before = await snapshot(store)
    await expect(
      ledger.append(annualReport(GROUP, 2018), { expectedVersion: 2 }),
    ).rejects.toMatchObject({
      code: 'VERSION_CONFLICT',
      message: expect.stringContaining('expected version 2 but the stream is at version 3'),
    })
    expect(await snapshot(store)).toEqual(before)
  })

  it('checks one expectation per organization across a batch', async () => {
    const { ledger } = newLedger()
    await ledger.append([registration(GROUP), registration(SERVICE)])
    await ledger.append([annualReport(GROUP, 2016), annualReport(SERVICE, 2016)], {
      expectedVersion: { [GROUP]: 1, [SERVICE]: 1 },
    })
    const stale = await ledger.safeAppend(
      [annualReport(GROUP, 2017), annualReport(SERVICE, 2017)],
      {
        expectedVersion: { [GROUP]: 2, [SERVICE]: 1 },
      },
    )
    expect(!stale.success && stale.issues.map((i) => i.path)).toEqual([[1, 'expectedVersion']])
  })

  it('lets exactly one of several racing writers with the same expectation win', async () => {
    const { ledger } = newLedger()
    await ledger.append(registration(GROUP))
    const outcomes = await Promise.all(
      [2016, 2017, 2018, 2019].map((year) =>
        ledger.safeAppend(annualReport(GROUP, year), { expectedVersion: 1 }),
      ),
    )
    expect(outcomes.filter((o) => o.success)).toHaveLength(1)
  })
})

describe('ledger.append idempotency keys', () => {
  it('returns the first result for a repeat and writes nothing', async () => {
    const { ledger, store } = newLedger()
    await ledger.append(registration(GROUP))
    const first = await ledger.append(annualReport(GROUP, 2016), { idempotencyKey: 'report-2016' })
    const before = await snapshot(store)
    const again = await ledger.append(annualReport(GROUP, 2016), { idempotencyKey: 'report-2016' })
    expect(again).toEqual(first)
    expect(await snapshot(store)).toEqual(before)
  })

  it('refuses the same key for a different request', async () => {
    const { ledger } = newLedger()
    await ledger.append(registration(GROUP))
    await ledger.append(annualReport(GROUP, 2016), { idempotencyKey: 'k' })
    await expect(
      ledger.append(annualReport(GROUP, 2017), { idempotencyKey: 'k' }),
    ).rejects.toMatchObject({
      code: 'IDEMPOTENCY_MISMATCH',
    })
  })

  it('answers a repeat even after the stream has moved on', async () => {
    const { ledger } = newLedger()
    await ledger.append(registration(GROUP))
    const first = await ledger.append(annualReport(GROUP, 2016), {
      idempotencyKey: 'k',
      expectedVersion: 1,
    })
    await ledger.append(annualReport(GROUP, 2017))
    const again = await ledger.append(annualReport(GROUP, 2016), {
      idempotencyKey: 'k',
      expectedVersion: 1,
    })
    expect(again.entries).toEqual(first.entries)
    expect(again.root).toBe(first.root)
  })
})

describe('ledger.append with another writer on the same store', () => {
  it('checks expectations against what the other writer committed, not a stale view', async () => {
    const { ledger: first, store } = newLedger()
    await first.append(registration(GROUP))
    const { ledger: second } = newLedger(store)
    await second.head()
    await first.append(annualReport(GROUP, 2016))
    const { entries } = await second.append(annualReport(GROUP, 2017), { expectedVersion: 2 })
    expect(entries[0]).toMatchObject({ seq: 2, version: 3 })
    await expect(
      first.append(annualReport(GROUP, 2018), { expectedVersion: 2 }),
    ).rejects.toMatchObject({
      code: 'VERSION_CONFLICT',
    })
  })
})
