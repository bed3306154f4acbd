import { describe, expect, it } from 'vitest'
import { obligations } from '../../../src/disclosure'
import { cnPolicy } from '../../../src/policies'
import { fileOf } from '../givenFile'
import { campaign, registered, specOf } from '../history'

// CH-05: campaigns and projects longer than 6 months report every 3 months, and in full
// within 3 months of their end.

const foundation = registered('2018-01-10', 'foundation')
const YEAR = { from: '2021-01-01', to: '2021-12-31' }

const duties = (at: string, ...given: Parameters<typeof fileOf>[1][]) =>
  obligations(cnPolicy, fileOf(at, foundation, ...given), { at })
    .filter((duty) => duty.kind.startsWith('fundraising'))
    .map(({ id, dueOn, status }) => ({ id, dueOn, status }))

describe('CH-05 the length of a campaign', () => {
  it('asks nothing of a campaign of 6 months to the day, and reports of one a day longer', () => {
    expect(
      duties('2022-01-01', campaign('2021-01-01', { from: '2021-01-01', to: '2021-07-01' })),
    ).toEqual([])
    expect(
      duties('2022-01-01', campaign('2021-01-01', { from: '2021-01-01', to: '2021-07-02' })),
    ).toEqual([
      { id: 'fundraising_progress:1:1', dueOn: '2021-04-01', status: 'overdue' },
      { id: 'fundraising_progress:1:2', dueOn: '2021-07-01', status: 'overdue' },
      { id: 'fundraising_completion:1', dueOn: '2021-10-02', status: 'overdue' },
    ])
  })

  it('reads projects as campaigns', () => {
    expect(duties('2021-04-02', campaign('2021-01-01', YEAR, 'project'))).toEqual([
      { id: 'fundraising_progress:1:1', dueOn: '2021-04-01', status: 'overdue' },
      { id: 'fundraising_progress:1:2', dueOn: '2021-07-01', status: 'due' },
    ])
  })
})

describe('CH-05 near the due days', () => {
  it('counts a progress report on the last day of its span, and one the day after for the next span', () => {
    expect(duties('2021-08-01', campaign('2021-01-01', YEAR), campaign('2021-04-01'))).toEqual([
      { id: 'fundraising_progress:1:1', dueOn: '2021-04-01', status: 'done' },
      { id: 'fundraising_progress:1:2', dueOn: '2021-07-01', status: 'overdue' },
      { id: 'fundraising_progress:1:3', dueOn: '2021-10-01', status: 'due' },
    ])
    expect(duties('2021-08-01', campaign('2021-01-01', YEAR), campaign('2021-04-02'))).toEqual([
      { id: 'fundraising_progress:1:1', dueOn: '2021-04-01', status: 'overdue' },
      { id: 'fundraising_progress:1:2', dueOn: '2021-07-01', status: 'done' },
      { id: 'fundraising_progress:1:3', dueOn: '2021-10-01', status: 'due' },
    ])
  })

  it('is done for a full account on the last day of the 3 months, done late the day after', () => {
    const account = (on: string) => campaign(on, YEAR)
    expect(
      duties('2022-06-01', campaign('2021-01-01', YEAR), account('2022-03-31')).at(-1),
    ).toEqual({
      id: 'fundraising_completion:1',
      dueOn: '2022-03-31',
      status: 'done',
    })
    expect(
      duties('2022-06-01', campaign('2021-01-01', YEAR), account('2022-04-01')).at(-1),
    ).toEqual({
      id: 'fundraising_completion:1',
      dueOn: '2022-03-31',
      status: 'done_late',
    })
  })

  it('sets the full account from the day after the end, and keeps only what is owed and the latest', () => {
    const spec = specOf('CH-05', cnPolicy)
    spec
      .given(foundation, campaign('2021-01-01', YEAR), campaign('2021-03-20'))
      .when({ at: '2021-12-31' })
      .then([
        { rule: 'CH-05', instance: '1:2', due: '2021-07-01', state: 'overdue' },
        { rule: 'CH-05', instance: '1:3', due: '2021-10-01', state: 'overdue' },
      ])
      .thenNextChange('2022-01-01')
    spec
      .given(foundation, campaign('2021-01-01', YEAR), campaign('2021-03-20'))
      .when({ at: '2022-01-01' })
      .then([
        { rule: 'CH-05', instance: '1:2', state: 'overdue' },
        { rule: 'CH-05', instance: '1:3', state: 'overdue' },
        {
          rule: 'CH-05',
          oblige: 'disclose_fundraising_completion',
          instance: '1',
          due: '2022-03-31',
          state: 'due',
        },
      ])
  })
})

describe('CH-05 its versions', () => {
  it('cites the Charity Law of 2016 until 2024-09-04, and Order 74 from 2024-09-05', () => {
    const late = { from: '2024-01-01', to: '2024-12-31' }
    const cited = (at: string) =>
      obligations(cnPolicy, fileOf(at, foundation, campaign('2024-01-01', late)), { at }).find(
        (duty) => duty.kind === 'fundraising_progress',
      )?.source
    expect(cited('2024-09-04')).toMatchObject({ id: 'CH-05', article: '第七十三条（2016年）' })
    expect(cited('2024-09-05')).toMatchObject({ id: 'CH-05', article: '第二十一条' })
  })
})
