import { describe, expect, it } from 'vitest'
import { isLedgerError } from '../../src/errors'
import type { EntryInput } from '../../src/ledger/entryInput'
import {
  annualReport,
  deregistration,
  FILED,
  FOUNDATION,
  GROUP,
  newLedger,
  registration,
  SERVICE,
  snapshot,
  warning,
} from './fixtures'

async function rejects(
  ledger: ReturnType<typeof newLedger>['ledger'],
  input: EntryInput | EntryInput[],
  code: string,
) {
  const error = await ledger.append(input).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(isLedgerError(error), 'a LedgerError is thrown').toBe(true)
  expect((error as { code: string }).code).toBe(code)
  return error as { issues: { code: string; path: (string | number)[]; message: string }[] }
}

describe('ledger.append invariants', () => {
  it('refuses an entry for an organization that was never registered or filed', async () => {
    const { ledger, store } = newLedger()
    const before = await snapshot(store)
    const error = await rejects(ledger, annualReport(GROUP, 2016), 'UNKNOWN_ORGANIZATION')
    expect(error.issues[0]?.path).toEqual(['org'])
    expect(await snapshot(store)).toEqual(before)
  })

  it('refuses a second registration of the same organization', async () => {
    const { ledger } = newLedger()
    await ledger.append(registration(GROUP))
    await rejects(ledger, registration(GROUP, '2017-01-01'), 'ALREADY_REGISTERED')
  })

  it('refuses two registrations of one organization within a batch, writing neither', async () => {
    const { ledger, store } = newLedger()
    await rejects(ledger, [registration(GROUP), registration(GROUP)], 'ALREADY_REGISTERED')
    expect(await store.head()).toBe(0)
  })

  it('refuses a registration whose code is of another kind of organization and names data.kind', async () => {
    const { ledger } = newLedger()
    const input = registration(GROUP)
    const asFoundation = { ...input, data: { ...input.data, kind: 'foundation' } } as EntryInput
    const error = await rejects(ledger, asFoundation, 'KIND_MISMATCH')
    expect(error.issues[0]?.path).toEqual(['data', 'kind'])
    expect(error.issues[0]?.message).toContain('social group')
  })

  it('refuses to register an enterprise code as a social organization', async () => {
    const { ledger } = newLedger()
    const input = { ...registration(SERVICE), org: '91310110666007217T' } as EntryInput
    await rejects(ledger, input, 'KIND_MISMATCH')
  })

  it('files a community group under a filing number but refuses to register one', async () => {
    const { ledger } = newLedger()
    await ledger.append({
      org: FILED,
      type: 'OrganizationFiled',
      effectiveAt: '2021-04-01',
      by: '金山卫镇人民政府',
      data: {
        name: '卫通社区睦邻互助队',
        filingAuthority: '金山卫镇人民政府',
        region: '上海市金山区金山卫镇',
      },
    })
    await rejects(
      ledger,
      { ...registration(GROUP), org: 'F-310116-2021-0043' } as EntryInput,
      'KIND_MISMATCH',
    )
  })

  it('refuses ordinary entries after deregistration but still takes a correction', async () => {
    const { ledger } = newLedger()
    await ledger.append([registration(GROUP), warning(GROUP), deregistration(GROUP)])
    const error = await rejects(ledger, annualReport(GROUP, 2023), 'ORGANIZATION_CLOSED')
    expect(error.issues[0]?.message).toContain('deregistered')
    await ledger.append({
      org: GROUP,
      type: 'EntryCorrected',
      effectiveAt: '2024-02-01',
      by: '上海市金山区民政局',
      amends: 1,
      data: { fields: { facts: '变更登记逾期未办理' }, reason: '事实表述更正' },
    })
  })

  it('after a revocation takes the serious listing and the deregistration that completes it, then nothing ordinary', async () => {
    const { ledger } = newLedger()
    await ledger.append(registration(FOUNDATION))
    await ledger.append({
      org: FOUNDATION,
      type: 'RegistrationRevoked',
      effectiveAt: '2022-03-01',
      by: '上海市民政局',
      data: {
        kind: 'registration_cancelled',
        ground: 'no_activity_one_year',
        facts: '取得登记证书后12个月内未开展活动',
        department: '上海市民政局',
        decidedOn: '2022-03-01',
      },
    })
    await rejects(ledger, annualReport(FOUNDATION, 2021), 'ORGANIZATION_CLOSED')
    const listed = await ledger.append({
      org: FOUNDATION,
      type: 'ListedOnSeriousList',
      effectiveAt: '2022-03-01',
      by: '上海市民政局',
      data: { reason: 'registration_revoked', department: '上海市民政局' },
    })
    await ledger.append({
      ...deregistration(FOUNDATION, '2022-09-01'),
      data: { reason: 'completes_revocation', department: '上海市民政局' },
    } as EntryInput)
    await ledger.append({
      org: FOUNDATION,
      type: 'RemovedFromSeriousList',
      effectiveAt: '2022-09-01',
      by: '上海市民政局',
      amends: listed.entries[0]?.seq as number,
      data: { reason: 'deregistration_completed', department: '上海市民政局' },
    })
    const file = await ledger.creditFile(FOUNDATION)
    expect(file.status).toBe('deregistered')
  })

  it('refuses amends that point at an entry of another organization or at nothing', async () => {
    const { ledger } = newLedger()
    await ledger.append([registration(GROUP), registration(SERVICE), warning(SERVICE)])
    const revoke = (amends: number): EntryInput => ({
      org: GROUP,
      type: 'PenaltyRevoked',
      effectiveAt: '2021-01-01',
      by: '上海市金山区人民法院',
      amends,
      data: { reason: 'court_judgment', department: '上海市金山区人民法院' },
    })
    const other = await rejects(ledger, revoke(2), 'AMENDS_UNKNOWN_ENTRY')
    expect(other.issues[0]?.message).toContain(SERVICE)
    await rejects(ledger, revoke(99), 'AMENDS_UNKNOWN_ENTRY')
  })

  it('refuses amends that point at an entry of the wrong type', async () => {
    const { ledger } = newLedger()
    await ledger.append([registration(GROUP), annualReport(GROUP, 2016)])
    const error = await rejects(
      ledger,
      {
        org: GROUP,
        type: 'PenaltyRevoked',
        effectiveAt: '2021-01-01',
        by: '上海市金山区民政局',
        amends: 1,
        data: { reason: 'court_judgment', department: '上海市金山区民政局' },
      },
      'AMENDS_WRONG_TYPE',
    )
    expect(error.issues[0]?.message).toContain('AnnualReportFiled')
  })

  it('reports every failing input of a batch with its index, and writes none of the batch', async () => {
    const { ledger, store } = newLedger()
    await ledger.append(registration(GROUP))
    const before = await snapshot(store)
    const error = await rejects(
      ledger,
      [annualReport(GROUP, 2016), annualReport(SERVICE, 2016), registration(GROUP)],
      'UNKNOWN_ORGANIZATION',
    )
    expect(error.issues.map((i) => [i.path[0], i.code])).toEqual([
      [1, 'unknown_organization'],
      [2, 'already_registered'],
    ])
    expect(await snapshot(store)).toEqual(before)
  })
})
