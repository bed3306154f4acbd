import { describe, expect, it } from 'vitest'
import type { EntryInput } from '../../src/ledger/entryInput'
import { FOUNDATION, GROUP, newLedger, registration } from './fixtures'

const DEPARTMENT = '上海市民政局'

const plan = (org = FOUNDATION): EntryInput =>
  ({
    org,
    type: 'FundraisingPlanFiled',
    effectiveAt: '2023-07-05',
    by: DEPARTMENT,
    data: {
      title: '防汛救灾紧急募捐',
      period: { from: '2023-07-01', to: '2023-12-31' },
      emergency: true,
      filedWith: DEPARTMENT,
    },
  }) as EntryInput

const receipts = (campaign: number): EntryInput =>
  ({
    org: FOUNDATION,
    type: 'DisclosurePublished',
    effectiveAt: '2023-07-06',
    by: FOUNDATION,
    data: {
      category: 'public_fundraising',
      title: '募得款物接收情况',
      body: '截至当日接收捐赠款物明细',
      visibility: 'public',
      campaign,
    },
  }) as EntryInput

async function ledgerWithPlans() {
  const { ledger } = newLedger()
  await ledger.append([registration(FOUNDATION), registration(GROUP), plan(), plan(GROUP)])
  return ledger
}

async function issuesOf(ledger: Awaited<ReturnType<typeof ledgerWithPlans>>, input: EntryInput) {
  const result = await ledger.safeAppend(input)
  return result.success ? [] : result.issues
}

describe('ledger.safeAppend with a DisclosurePublished naming a campaign', () => {
  it('accepts a disclosure naming a plan of its own organization', async () => {
    const ledger = await ledgerWithPlans()
    expect((await ledger.safeAppend(receipts(2))).success).toBe(true)
  })

  it('refuses a campaign seq that does not exist as unknown_campaign at data.campaign', async () => {
    const ledger = await ledgerWithPlans()
    expect(await issuesOf(ledger, receipts(99))).toEqual([
      expect.objectContaining({ code: 'unknown_campaign', path: ['data', 'campaign'] }),
    ])
  })

  it('refuses a plan of another organization (near miss of a plan of its own)', async () => {
    const ledger = await ledgerWithPlans()
    const [issue] = await issuesOf(ledger, receipts(3))
    expect(issue).toMatchObject({ code: 'unknown_campaign', path: ['data', 'campaign'] })
    expect(issue?.message).toContain(GROUP)
  })

  it('refuses an entry of its own organization that is not a plan', async () => {
    const ledger = await ledgerWithPlans()
    const [issue] = await issuesOf(ledger, receipts(0))
    expect(issue).toMatchObject({ code: 'unknown_campaign', path: ['data', 'campaign'] })
    expect(issue?.message).toContain('OrganizationRegistered')
  })

  it('accepts a plan appended earlier in the same batch', async () => {
    const { ledger } = newLedger()
    await ledger.append(registration(FOUNDATION))
    expect((await ledger.safeAppend([plan(), receipts(1)])).success).toBe(true)
  })

  it('refuses a correction that points the disclosure at an entry that is not a plan', async () => {
    const ledger = await ledgerWithPlans()
    await ledger.append(receipts(2))
    const result = await ledger.safeAppend({
      org: FOUNDATION,
      type: 'EntryCorrected',
      effectiveAt: '2023-07-07',
      by: DEPARTMENT,
      amends: 4,
      data: { fields: { campaign: 0 }, reason: '登记错误' },
    } as EntryInput)
    expect(result.success).toBe(false)
    if (!result.success) {
      expect(result.issues[0]).toMatchObject({
        code: 'unknown_campaign',
        path: ['data', 'fields', 'campaign'],
      })
    }
  })
})
