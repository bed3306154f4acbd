import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { EntryInput } from '../../src/ledger/entryInput'
import { GROUP, newLedger, registration, snapshot } from './fixtures'

const BY = '上海市金山区民政局'

const opened = (on: string): EntryInput => ({
  org: GROUP,
  type: 'InvestigationOpened',
  effectiveAt: on,
  by: BY,
  ref: '金民立字〔2023〕7号',
  data: { department: BY, matter: '涉嫌违反章程规定收取会费' },
})

const closed = (amends: number, on: string): EntryInput => ({
  org: GROUP,
  type: 'InvestigationClosed',
  effectiveAt: on,
  by: BY,
  amends,
  data: { outcome: 'no_violation' },
})

const retracted = (amends: number): EntryInput => ({
  org: GROUP,
  type: 'EntryRetracted',
  effectiveAt: '2023-09-01',
  by: BY,
  amends,
  data: { ground: 'error', reason: '结案日期录入错误' },
})

describe('ledger.safeAppend with an InvestigationClosed', () => {
  it('refuses a second closing of the same investigation, at amends, and writes nothing', async () => {
    const { ledger, store } = newLedger()
    await ledger.append([registration(GROUP), opened('2023-03-01'), closed(1, '2023-06-01')])
    const before = await snapshot(store)
    const result = await ledger.safeAppend(closed(1, '2023-07-01'))
    expect(result).toMatchObject({
      success: false,
      issues: [{ code: 'investigation_already_closed', path: ['amends'] }],
    })
    expect(await snapshot(store)).toEqual(before)
    await expect(ledger.append(closed(1, '2023-07-01'))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
  })

  it('refuses two closings of one investigation in the same batch', async () => {
    const { ledger } = newLedger()
    const result = await ledger.safeAppend([
      registration(GROUP),
      opened('2023-03-01'),
      closed(1, '2023-06-01'),
      closed(1, '2023-06-02'),
    ])
    expect(result).toMatchObject({
      success: false,
      issues: [{ code: 'investigation_already_closed', path: [3, 'amends'] }],
    })
  })

  it('takes the closing of another investigation, and a new closing once the first is retracted', async () => {
    const { ledger } = newLedger()
    await ledger.append([registration(GROUP), opened('2023-03-01'), opened('2023-04-01')])
    await ledger.append([closed(1, '2023-06-01'), closed(2, '2023-06-01')])
    await ledger.append(retracted(3))
    await ledger.append(closed(1, '2023-06-15'))
    const file = await ledger.creditFile(GROUP)
    expect(file.investigations.map((each) => each.closedOn)).toEqual(['2023-06-15', '2023-06-01'])
  })

  it('refuses a new closing again once the retraction of the first is itself retracted', async () => {
    const { ledger } = newLedger()
    await ledger.append([registration(GROUP), opened('2023-03-01'), closed(1, '2023-06-01')])
    await ledger.append(retracted(2))
    await ledger.append(retracted(3))
    const result = await ledger.safeAppend(closed(1, '2023-06-15'))
    expect(result).toMatchObject({
      success: false,
      issues: [{ code: 'investigation_already_closed' }],
    })
  })

  it('takes a closing exactly when no standing closing of that investigation is on record', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('close', 'retract'), { minLength: 1, maxLength: 5 }),
        async (steps) => {
          const { ledger } = newLedger()
          await ledger.append([registration(GROUP), opened('2023-03-01')])
          let standing: number | null = null
          let next = 2
          for (const step of steps) {
            if (step === 'retract' && standing === null) continue
            const input = step === 'close' ? closed(1, '2023-06-01') : retracted(standing as number)
            const result = await ledger.safeAppend(input)
            expect(result.success).toBe(step === 'retract' || standing === null)
            if (!result.success) continue
            standing = step === 'close' ? next : null
            next += 1
          }
          const file = await ledger.creditFile(GROUP)
          expect(file.investigations[0]?.closingSeq ?? null).toBe(standing)
        },
      ),
      { numRuns: 40 },
    )
  })
})
