import { describe, it } from 'vitest'
import { cnPolicy } from '../../../src/policies'
import type { GivenEntry } from '../../../src/testing'
import { deregistered, listedAbnormal, registered, specOf } from '../history'

const BODY = '中共上海市浦东新区社会组织综合委员会'
const founded = registered('2019-03-01')
const finding = (on: string, status: 'established' | 'not_required' | 'missing'): GivenEntry => ({
  type: 'PartyOrganizationStatusRecorded',
  effectiveAt: on,
  data: { status, department: BODY },
})

describe('AB-02 no Party organization set up as required', () => {
  const spec = specOf('AB-02', cnPolicy)

  it('lists the organization from the day it is found to have none where one is required', () => {
    spec
      .given(founded, finding('2024-04-01', 'missing'))
      .when({ at: '2024-04-01' })
      .then([
        {
          rule: 'AB-02',
          propose: 'ListedOnAbnormalList',
          mode: 'automatic',
          effectiveAt: '2024-04-01',
          data: {
            reason: 'no_party_organization',
            department: '上海市浦东新区民政局',
            basedOn: [1],
          },
        },
      ])
  })

  it('near miss (AB-02): nothing the day before the finding', () => {
    spec.given(founded, finding('2024-04-01', 'missing')).when({ at: '2024-03-31' }).thenNothing()
  })

  it('near miss (AB-02): a finding that none is required lists nothing', () => {
    spec
      .given(founded, finding('2024-04-01', 'not_required'))
      .when({ at: '2024-06-01' })
      .thenNothing()
  })

  it('near miss (AB-02): a later finding that one was set up replaces the missing one', () => {
    spec
      .given(founded, finding('2024-04-01', 'missing'), finding('2024-05-01', 'established'))
      .when({ at: '2024-06-01' })
      .thenNothing()
  })

  it('near miss (AB-02): not listed again while a listing on this ground is open', () => {
    spec
      .given(
        founded,
        finding('2024-04-01', 'missing'),
        listedAbnormal('2024-04-02', 'no_party_organization', [1]),
      )
      .when({ at: '2024-06-01' })
      .thenNothing()
  })

  it('near miss (AB-02): an organization deregistered since is not listed', () => {
    spec
      .given(founded, finding('2024-04-01', 'missing'), deregistered('2024-05-01', 'dissolution'))
      .when({ at: '2024-06-01' })
      .thenNothing()
  })
})

describe('AB-02.removal Party organization set up', () => {
  const spec = specOf('AB-02.removal', cnPolicy)
  const listed = [
    founded,
    finding('2024-04-01', 'missing'),
    listedAbnormal('2024-04-02', 'no_party_organization', [1]),
  ]

  it('proposes the removal from the day a later finding says one was set up', () => {
    spec
      .given(...listed, finding('2024-09-02', 'established'))
      .when({ at: '2024-09-02' })
      .then([
        { rule: 'AB-02.removal', oblige: 'remove_from_list', due: '2024-09-09' },
        {
          rule: 'AB-02.removal',
          propose: 'RemovedFromAbnormalList',
          mode: 'needs_decision',
          amends: 2,
        },
      ])
  })

  it('near miss (AB-02.removal): nothing while the missing finding stands', () => {
    spec
      .given(...listed, finding('2024-09-02', 'not_required'))
      .when({ at: '2024-09-01' })
      .thenNothing()
  })
})
