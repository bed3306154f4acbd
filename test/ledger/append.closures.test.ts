import { describe, expect, it } from 'vitest'
import { isLedgerError } from '../../src/errors'
import type { EntryInput } from '../../src/ledger/entryInput'
import { annualReport, FOUNDATION, newLedger, registration, warning } from './fixtures'

const revocation = (penalty: number, effectiveAt = '2022-03-01'): EntryInput => ({
  org: FOUNDATION,
  type: 'RegistrationRevoked',
  effectiveAt,
  by: '上海市民政局',
  data: {
    kind: 'certificate_revoked',
    ground: 'serious_violation',
    facts: '违反规定收取费用，情节严重',
    department: '上海市民政局',
    decidedOn: effectiveAt,
    penalty,
  },
})

const undo = (type: 'EntryRetracted' | 'PenaltyRevoked', amends: number, on: string): EntryInput =>
  type === 'EntryRetracted'
    ? {
        org: FOUNDATION,
        type,
        effectiveAt: on,
        by: '上海市民政局',
        amends,
        data: { ground: 'error', reason: '录入错误' },
      }
    : {
        org: FOUNDATION,
        type,
        effectiveAt: on,
        by: '上海市民政局',
        amends,
        data: { reason: 'reconsideration', department: '上海市人民政府' },
      }

async function refusedAnnualReport(ledger: ReturnType<typeof newLedger>['ledger']) {
  const error = await ledger.append(annualReport(FOUNDATION, 2021)).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(isLedgerError(error) && error.code).toBe('ORGANIZATION_CLOSED')
}

describe('ledger.append after a revocation that rests on a penalty', () => {
  it('keeps the organization closed when only the penalty is retracted, as its credit file shows', async () => {
    const { ledger } = newLedger()
    await ledger.append([registration(FOUNDATION), warning(FOUNDATION, '2022-02-01')])
    await ledger.append(revocation(1))
    await ledger.append(undo('EntryRetracted', 1, '2022-04-01'))
    expect((await ledger.creditFile(FOUNDATION)).status).toBe('revoked')
    await refusedAnnualReport(ledger)
  })

  it('keeps a revocation that took effect after its penalty was revoked, as its credit file shows', async () => {
    const { ledger } = newLedger()
    await ledger.append([registration(FOUNDATION), warning(FOUNDATION, '2022-02-01')])
    await ledger.append(undo('PenaltyRevoked', 1, '2022-02-15'))
    await ledger.append(revocation(1))
    expect((await ledger.creditFile(FOUNDATION)).status).toBe('revoked')
    await refusedAnnualReport(ledger)
  })

  it('reopens the organization when the penalty is revoked after the revocation', async () => {
    const { ledger } = newLedger()
    await ledger.append([registration(FOUNDATION), warning(FOUNDATION, '2022-02-01')])
    await ledger.append(revocation(1))
    await ledger.append(undo('PenaltyRevoked', 1, '2022-04-01'))
    expect((await ledger.creditFile(FOUNDATION)).status).toBe('active')
    await ledger.append(annualReport(FOUNDATION, 2021))
  })
})
