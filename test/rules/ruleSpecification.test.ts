import { describe, expect, it } from 'vitest'
import { ruleSpecification } from '../../src/testing/rulesSpecification'
import { examples } from '../events/examples'
import { examplePolicy } from './fixtures'

const spec = ruleSpecification(examplePolicy())
const registered = {
  type: 'OrganizationRegistered',
  effectiveAt: '2019-03-01',
  data: examples.OrganizationRegistered,
} as const
const listed = {
  type: 'ListedOnAbnormalList',
  effectiveAt: '2021-06-01',
  data: { ...examples.ListedOnAbnormalList, reason: 'no_party_organization' },
} as const
const report = (year: number, effectiveAt: string) =>
  ({ type: 'AnnualReportFiled', effectiveAt, data: { year, filedWith: 'registrar' } }) as const

describe('ruleSpecification', () => {
  it('states decisions by their summary, in order', () => {
    spec
      .given(registered, report(2022, '2023-05-20'), listed)
      .when({ at: '2023-06-02' })
      .then([
        { rule: 'AI-01', oblige: 'file_annual_report', due: '2023-05-31', state: 'done' },
        {
          rule: 'SL-01',
          propose: 'ListedOnSeriousList',
          mode: 'automatic',
          effectiveAt: '2023-06-02',
          inputs: [2],
        },
        { rule: 'SL-01', propose: 'RemovedFromAbnormalList', amends: 2 },
      ])
      .thenNextChange('2024-01-01')
  })

  it('states the sentences a decision renders to', () => {
    spec
      .given(registered, report(2022, '2023-05-20'), listed)
      .when({ at: '2023-06-02' })
      .thenSays('en', [
        'The organization must file the annual report by 2023-05-31 (done): the organization is active; the 2022 annual report is due by 2023-05-31 and was filed on 2023-05-20; rule AI-01, 《社会团体登记管理条例》 第二十八条',
        'List on the serious illegal and dishonest list (automatic): listed on the abnormal-activities list on 2021-06-01; on the list for a full 2 years on 2023-06-02; rule SL-01, Order 60',
        'Remove from the abnormal-activities list (automatic): listed on the abnormal-activities list on 2021-06-01; on the list for a full 2 years on 2023-06-02; rule SL-01, Order 60',
      ])
  })

  it('says when nothing is decided', () => {
    const foundation = {
      ...registered,
      data: { ...examples.OrganizationRegistered, kind: 'foundation' },
    } as const
    spec.given(foundation, report(2022, '2023-03-20')).when({ at: '2023-06-02' }).thenNothing()
  })

  it('can be returned from a test, which awaits it', () =>
    spec.given(registered).when({ at: '2019-03-02' }))

  it('fails the test when the decisions differ', () => {
    expect(() => spec.given(registered, listed).when({ at: '2023-06-01' }).thenNothing()).toThrow()
  })

  it('refuses a given entry whose payload its type rejects', () => {
    const wrong = {
      type: 'AnnualReportFiled',
      effectiveAt: '2023-05-20',
      data: { year: 1800, filedWith: 'registrar' },
    } as const
    expect(() => spec.given(registered, wrong)).toThrow(
      /given entry 1 \(AnnualReportFiled\): data.year/,
    )
  })
})
