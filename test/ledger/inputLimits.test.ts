import { describe, expect, it } from 'vitest'
import type { EntryInput } from '../../src/ledger/entryInput'
import { MAX_INPUT_BYTES } from '../../src/ledger/inputLimits'
import { annualReport, GROUP, newLedger, registration, snapshot } from './fixtures'

function nested(levels: number): unknown {
  let value: unknown = 1
  for (let i = 0; i < levels; i++) value = { a: value }
  return value
}

describe('input limits of ledger.append and ledger.safeAppend', () => {
  it('refuses 8,000 levels of nesting with too_deep and leaves the store unchanged', async () => {
    const { ledger, store } = newLedger()
    await ledger.append(registration(GROUP))
    const before = await snapshot(store)
    const deep = { ...annualReport(GROUP, 2016), data: nested(8000) } as unknown as EntryInput
    const result = await ledger.safeAppend(deep)
    expect(result.success).toBe(false)
    if (!result.success) {
      expect(result.issues[0]?.code).toBe('too_deep')
      expect(result.issues[0]?.path.slice(0, 2)).toEqual(['data', 'a'])
    }
    await expect(ledger.append(deep)).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(ledger.safeAppend([deep])).resolves.toMatchObject({ success: false })
    expect(await snapshot(store)).toEqual(before)
  })

  it('refuses an entry larger than the size limit with too_large', async () => {
    const { ledger, store } = newLedger()
    await ledger.append(registration(GROUP))
    const before = await snapshot(store)
    const report = annualReport(GROUP, 2016)
    const big = { ...report, ref: 'x'.repeat(MAX_INPUT_BYTES) } as EntryInput
    const result = await ledger.safeAppend(big)
    expect(result.success).toBe(false)
    if (!result.success) expect(result.issues[0]).toMatchObject({ code: 'too_large' })
    expect(await snapshot(store)).toEqual(before)
  })
})
