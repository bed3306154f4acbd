import { describe, expect, it } from 'vitest'
import { createLedger } from '../../src/createLedger'
import type { EntryInput } from '../../src/ledger/entryInput'
import { memoryStore } from '../../src/store'
import { fixedClock } from '../../src/time'
import { GROUP, registration, snapshot } from './fixtures'

const migrated = (recordedAt: string, source?: string): EntryInput =>
  ({
    ...registration(GROUP, '2015-03-01'),
    migrated: source === undefined ? { recordedAt } : { recordedAt, source },
  }) as EntryInput

const key = (idempotencyKey: string) => ({ migration: true, idempotencyKey })

describe('ledger.append in migration mode with an idempotency key', () => {
  it('answers a repeat of the same migrated request with the first result', async () => {
    const ledger = createLedger({ store: memoryStore(), clock: fixedClock('2024-06-01T01:00:00Z') })
    const first = await ledger.append(migrated('2015-03-02', '旧系统'), key('import-1'))
    const again = await ledger.append(migrated('2015-03-02', '旧系统'), key('import-1'))
    expect(again).toEqual(first)
    expect((await ledger.head()).size).toBe(1)
  })

  it('refuses the same key with another original date or source, writing nothing', async () => {
    const store = memoryStore()
    const ledger = createLedger({ store, clock: fixedClock('2024-06-01T01:00:00Z') })
    await ledger.append(migrated('2015-03-02', '旧系统'), key('import-1'))
    const before = await snapshot(store)
    for (const other of [
      migrated('2015-03-03', '旧系统'),
      migrated('2015-03-02', '另一系统'),
      migrated('2015-03-02'),
    ]) {
      await expect(ledger.append(other, key('import-1'))).rejects.toMatchObject({
        code: 'IDEMPOTENCY_MISMATCH',
        issues: [{ code: 'idempotency_mismatch', path: ['options', 'idempotencyKey'] }],
      })
    }
    expect(await snapshot(store)).toEqual(before)
  })

  it('refuses the key of an ordinary append repeated in migration mode', async () => {
    const ledger = createLedger({ store: memoryStore(), clock: fixedClock('2024-06-01T01:00:00Z') })
    await ledger.append(registration(GROUP, '2015-03-01'), { idempotencyKey: 'k' })
    const result = await ledger.safeAppend(migrated('2015-03-02'), key('k'))
    expect(result).toMatchObject({ success: false, issues: [{ code: 'idempotency_mismatch' }] })
  })
})
