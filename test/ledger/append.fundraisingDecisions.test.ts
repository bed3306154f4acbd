import { describe, expect, it } from 'vitest'
import type { EntryInput } from '../../src/ledger/entryInput'
import { FOUNDATION, newLedger, registration } from './fixtures'

const DEPARTMENT = '上海市民政局'

const applied = (effectiveAt: string): EntryInput =>
  ({
    org: FOUNDATION,
    type: 'PublicFundraisingApplied',
    effectiveAt,
    by: DEPARTMENT,
    data: { department: DEPARTMENT },
  }) as EntryInput

const granted = (effectiveAt: string): EntryInput =>
  ({
    org: FOUNDATION,
    type: 'PublicFundraisingQualificationGranted',
    effectiveAt,
    by: DEPARTMENT,
    data: { department: DEPARTMENT },
  }) as EntryInput

const refused = (amends: number, effectiveAt: string): EntryInput =>
  ({
    org: FOUNDATION,
    type: 'PublicFundraisingRefused',
    effectiveAt,
    by: DEPARTMENT,
    amends,
    data: { department: DEPARTMENT, reasons: '申请材料不符合条件' },
  }) as EntryInput

async function withApplication() {
  const { ledger } = newLedger()
  await ledger.append(registration(FOUNDATION))
  await ledger.append(applied('2023-03-03'))
  return ledger
}

describe('ledger.safeAppend with a PublicFundraisingRefused (CH-02)', () => {
  it('refuses a second refusal of the same application as application_decided', async () => {
    const ledger = await withApplication()
    await ledger.append(refused(1, '2023-03-10'))
    const result = await ledger.safeAppend(refused(1, '2023-03-12'))
    expect(result.success).toBe(false)
    if (!result.success) {
      expect(result.issues).toEqual([
        expect.objectContaining({ code: 'application_decided', path: ['amends'] }),
      ])
    }
  })

  it('refuses a refusal of an application a grant has decided as application_decided', async () => {
    const ledger = await withApplication()
    await ledger.append(granted('2023-03-10'))
    const result = await ledger.safeAppend(refused(1, '2023-03-12'))
    expect(result.success).toBe(false)
    if (!result.success) expect(result.issues[0]?.code).toBe('application_decided')
  })

  it('refuses the second refusal in one batch too', async () => {
    const ledger = await withApplication()
    const result = await ledger.safeAppend([refused(1, '2023-03-10'), refused(1, '2023-03-11')])
    expect(result.success).toBe(false)
    if (!result.success) {
      expect(result.issues[0]).toMatchObject({ code: 'application_decided', path: [1, 'amends'] })
    }
  })

  it('accepts the near miss: a refusal of an application a grant filed before it does not decide', async () => {
    const { ledger } = newLedger()
    await ledger.append(registration(FOUNDATION))
    await ledger.append(granted('2023-03-01'))
    await ledger.append(applied('2023-03-03'))
    expect((await ledger.safeAppend(refused(2, '2023-03-12'))).success).toBe(true)
  })

  it('accepts a refusal once the earlier refusal is retracted', async () => {
    const ledger = await withApplication()
    await ledger.append(refused(1, '2023-03-10'))
    await ledger.append({
      org: FOUNDATION,
      type: 'EntryRetracted',
      effectiveAt: '2023-03-11',
      by: DEPARTMENT,
      amends: 2,
      data: { ground: 'error', reason: '误录' },
    } as EntryInput)
    expect((await ledger.safeAppend(refused(1, '2023-03-12'))).success).toBe(true)
  })
})
