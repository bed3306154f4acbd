import { describe, expect, it } from 'vitest'
import { createLedger } from '../../src/createLedger'
import type { EntryInput } from '../../src/ledger/entryInput'
import { cnPolicy } from '../../src/policies'
import { evaluate } from '../../src/rules/evaluate'
import { memoryStore } from '../../src/store'
import { fixedClock } from '../../src/time'
import { GROUP, registration, snapshot } from './fixtures'

const REGISTRAR = '上海市金山区民政局'

function ledgerAt(at = '2027-06-01T01:00:00Z') {
  const store = memoryStore()
  return { store, ledger: createLedger({ store, clock: fixedClock(at) }) }
}

const graded = (announcedOn: string, validity: object = {}): EntryInput => ({
  org: GROUP,
  type: 'EvaluationGraded',
  effectiveAt: announcedOn,
  by: REGISTRAR,
  data: {
    grade: '3A',
    score: 868,
    evaluator: '上海市金山区社会组织评估委员会',
    evaluatorType: 'panel',
    evaluationKind: 'comprehensive',
    announcedOn,
    ...validity,
  },
})

const downgraded = (on: string, coolOffUntil?: string): EntryInput => ({
  org: GROUP,
  type: 'GradeDowngraded',
  effectiveAt: on,
  by: REGISTRAR,
  data: {
    from: '3A',
    to: '2A',
    ground: 'penalty',
    department: REGISTRAR,
    ...(coolOffUntil === undefined ? {} : { coolOffUntil }),
  },
})

describe('ledger.append and the evaluation measures', () => {
  it('refuses a grade whose stated validity disagrees with the measures, at data.validTo, and writes nothing', async () => {
    const { ledger, store } = ledgerAt()
    await ledger.append(registration(GROUP))
    const before = await snapshot(store)
    const stated = { validFrom: '2027-01-01', validTo: '2031-06-09' }
    const result = await ledger.safeAppend(graded('2026-06-10', stated))
    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: 'validity_disagrees',
          path: ['data', 'validTo'],
          message:
            'under the 2026 measures a grade announced on 2026-06-10 is valid from 2027-01-01 to 2031-12-31, so its validity ends on 2031-12-31; the entry states 2031-06-09',
        },
      ],
    })
    expect(await snapshot(store)).toEqual(before)
    await expect(ledger.append(graded('2026-06-10', stated))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
  })

  it('takes a grade that states no validity, and the credit file shows the derived one', async () => {
    const { ledger } = ledgerAt()
    await ledger.append([registration(GROUP), graded('2026-06-10')])
    const file = await ledger.creditFile(GROUP, { asOf: '2027-01-01' })
    expect(file.grade).toMatchObject({
      measures: '2026',
      validFrom: '2027-01-01',
      validTo: '2031-12-31',
      valid: true,
    })
  })

  it('takes a grade that states the measures’ own validity', async () => {
    const { ledger } = ledgerAt()
    const stated = { validFrom: '2021-05-20', validTo: '2026-05-19' }
    await ledger.append([registration(GROUP), graded('2021-05-20', stated)])
  })

  it('needs the validity of a grade announced before 2011-03-01', async () => {
    const { ledger } = ledgerAt()
    const result = await ledger.safeAppend([
      registration(GROUP, '2005-03-01'),
      graded('2010-11-20'),
    ])
    expect(result).toMatchObject({
      success: false,
      issues: [
        { code: 'validity_required', path: [1, 'data', 'validFrom'] },
        { code: 'validity_required', path: [1, 'data', 'validTo'] },
      ],
    })
    const stated = { validFrom: '2010-11-20', validTo: '2013-11-19' }
    await ledger.append([registration(GROUP, '2005-03-01'), graded('2010-11-20', stated)])
  })

  it('refuses a grade action whose stated cool-off disagrees with EV-18, at data.coolOffUntil', async () => {
    const { ledger } = ledgerAt()
    await ledger.append([registration(GROUP), graded('2021-05-20')])
    const result = await ledger.safeAppend(downgraded('2023-06-30', '2025-06-30'))
    expect(result).toMatchObject({
      success: false,
      issues: [{ code: 'cool_off_disagrees', path: ['data', 'coolOffUntil'] }],
    })
    await ledger.append(downgraded('2023-06-30', '2025-06-29'))
    const file = await ledger.creditFile(GROUP)
    expect(file.gradeHistory.at(-1)).toMatchObject({
      event: 'downgraded',
      coolOffUntil: '2025-06-29',
    })
  })

  it('appends the national pack’s downgrade as proposed: its cool-off agrees with the measures', async () => {
    const { ledger } = ledgerAt('2023-06-01T01:00:00Z')
    const inspection = (year: number): EntryInput => ({
      org: GROUP,
      type: 'AnnualInspectionConcluded',
      effectiveAt: `${year + 1}-05-20`,
      by: REGISTRAR,
      data: { year, result: 'basically_qualified', reasons: ['未按期换届'], department: REGISTRAR },
    })
    await ledger.append([
      registration(GROUP),
      graded('2021-12-20'),
      inspection(2021),
      inspection(2022),
    ])
    const at = '2023-06-01'
    const decisions = evaluate(cnPolicy, await ledger.creditFile(GROUP, { asOf: at }), { at })
    const ev17 = decisions.filter((decision) => decision.rule === 'EV-17')
    const [downgrade] = await ledger.apply(ev17, { confirm: () => true })
    expect(downgrade).toMatchObject({
      status: 'appended',
      entries: [{ type: 'GradeDowngraded', data: { coolOffUntil: '2025-05-19' } }],
    })
  })
})
