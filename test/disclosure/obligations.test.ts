import { describe, expect, it } from 'vitest'
import { type Obligation, obligations } from '../../src/disclosure'
import type { EntryInput } from '../../src/ledger/entryInput'
import { cnPolicy, cnPolicyWith } from '../../src/policies'
import {
  annualReport,
  deregistration,
  FOUNDATION,
  GROUP,
  newLedger,
  registration,
  SERVICE,
} from '../ledger/fixtures'

async function fileOf(org: string, inputs: EntryInput[], at: string) {
  const { ledger } = newLedger()
  for (const input of inputs) await ledger.append(input)
  return ledger.creditFile(org, { asOf: at })
}

function brief(duties: readonly Obligation[]) {
  return organizationDuties(duties).map(({ id, dueOn, status, doneOn }) => ({
    id,
    dueOn,
    status,
    doneOn,
  }))
}

// The registrar's own duty to enter each entry (CR-04) has its tests in the pack's.
function organizationDuties(duties: readonly Obligation[]): Obligation[] {
  return duties.filter((duty) => duty.kind !== 'credit_entry')
}

describe('obligations', () => {
  it('lists each ended year’s annual report: done, done late, due, then overdue after 31 May', async () => {
    const inputs = [
      registration(GROUP, '2016-03-01'),
      annualReport(GROUP, 2016, '2017-05-20'),
      annualReport(GROUP, 2017, '2018-06-10'),
    ]
    const early = await fileOf(GROUP, inputs, '2019-04-01')
    expect(brief(obligations(cnPolicy, early, { at: '2019-04-01' }))).toEqual([
      { id: 'annual_report:2016', dueOn: '2017-05-31', status: 'done', doneOn: '2017-05-20' },
      { id: 'annual_report:2017', dueOn: '2018-05-31', status: 'done_late', doneOn: '2018-06-10' },
      { id: 'annual_report:2018', dueOn: '2019-05-31', status: 'due', doneOn: null },
    ])
    const late = await fileOf(GROUP, inputs, '2019-06-01')
    expect(obligations(cnPolicy, late, { at: '2019-06-01' }).at(-1)?.status).toBe('overdue')
  })

  it('excuses a social service organization’s first year when it was founded in the last six months', async () => {
    const file = await fileOf(SERVICE, [registration(SERVICE, '2018-08-01')], '2020-06-01')
    expect(
      organizationDuties(obligations(cnPolicy, file, { at: '2020-06-01' })).map((d) => d.id),
    ).toEqual(['annual_report:2019'])
  })

  it('asks a foundation for its report by 31 March, audited', async () => {
    const audited = { ...annualReport(FOUNDATION, 2019, '2020-03-20') } as EntryInput & {
      data: object
    }
    const inputs = [
      registration(FOUNDATION, '2018-01-10'),
      {
        ...audited,
        data: { ...audited.data, audited: true, auditFirm: '上海金卫会计师事务所' },
      } as EntryInput,
      annualReport(FOUNDATION, 2018, '2019-03-25'),
    ]
    const file = await fileOf(FOUNDATION, inputs, '2020-04-15')
    expect(brief(obligations(cnPolicy, file, { at: '2020-04-15' }))).toEqual([
      { id: 'annual_report:2018', dueOn: '2019-03-31', status: 'done', doneOn: '2019-03-25' },
      { id: 'audit:2018', dueOn: '2019-03-31', status: 'overdue', doneOn: null },
      { id: 'annual_report:2019', dueOn: '2020-03-31', status: 'done', doneOn: '2020-03-20' },
      { id: 'audit:2019', dueOn: '2020-03-31', status: 'done', doneOn: '2020-03-20' },
    ])
  })

  it('stops at a closure before the due day', async () => {
    const inputs = [
      registration(GROUP, '2016-03-01'),
      annualReport(GROUP, 2016),
      deregistration(GROUP, '2018-03-01'),
    ]
    const file = await fileOf(GROUP, inputs, '2020-01-01')
    expect(
      organizationDuties(obligations(cnPolicy, file, { at: '2020-01-01' })).map((d) => d.id),
    ).toEqual(['annual_report:2016'])
  })

  it('asks for fundraising progress every three months of a long campaign and a full account within three months of its end', async () => {
    const disclosure = (
      on: string,
      title: string,
      period?: { from: string; to: string },
    ): EntryInput => ({
      org: FOUNDATION,
      type: 'DisclosurePublished',
      effectiveAt: on,
      by: FOUNDATION,
      data: {
        category: 'public_fundraising',
        title,
        body: title,
        visibility: 'public',
        ...(period ? { period } : {}),
      },
    })
    const campaign = { from: '2021-01-01', to: '2021-12-31' }
    const inputs = [
      registration(FOUNDATION, '2018-01-10'),
      disclosure('2021-01-01', '“助老暖冬”公开募捐方案', campaign),
      disclosure('2021-03-20', '第一季度募捐进展'),
      disclosure('2022-02-15', '募捐活动结项报告', campaign),
    ]
    const file = await fileOf(FOUNDATION, inputs, '2022-06-01')
    const fundraising = obligations(cnPolicy, file, { at: '2022-06-01' }).filter((d) =>
      d.kind.startsWith('fundraising'),
    )
    expect(brief(fundraising)).toEqual([
      { id: 'fundraising_progress:1:1', dueOn: '2021-04-01', status: 'done', doneOn: '2021-03-20' },
      { id: 'fundraising_progress:1:2', dueOn: '2021-07-01', status: 'overdue', doneOn: null },
      { id: 'fundraising_progress:1:3', dueOn: '2021-10-01', status: 'overdue', doneOn: null },
      { id: 'fundraising_completion:1', dueOn: '2022-03-31', status: 'done', doneOn: '2022-02-15' },
    ])
    expect(fundraising[0]).toMatchObject({
      party: 'organization',
      basedOn: [1],
      source: { id: 'CH-05' },
    })
  })

  it('gives the authority 20 days to answer an objection when the policy adopts RT-02, and shows it overdue', async () => {
    const policy = cnPolicyWith({ objectionAnswerWithin: { days: 20 } })
    const objection: EntryInput = {
      org: GROUP,
      type: 'ObjectionFiled',
      effectiveAt: '2020-08-20',
      by: GROUP,
      data: { disputes: [0], grounds: '登记事项有误' },
    }
    const file = await fileOf(GROUP, [registration(GROUP, '2020-06-01'), objection], '2020-09-15')
    const answer = obligations(policy, file, { at: '2020-09-15' }).find(
      (d) => d.kind === 'objection_answer',
    )
    expect(answer).toMatchObject({
      party: 'authority',
      dueOn: '2020-09-09',
      status: 'overdue',
      basedOn: [1, 0],
      source: { id: 'RT-02' },
    })
    expect(obligations(cnPolicy, file, { at: '2020-09-15' }).map((d) => d.kind)).not.toContain(
      'objection_answer',
    )
  })
})
