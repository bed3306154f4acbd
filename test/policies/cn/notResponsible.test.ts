import { describe, it } from 'vitest'
import { cnPolicy } from '../../../src/policies'
import type { GivenEntry } from '../../../src/testing'
import { rectificationOrdered, registered, specOf, warning } from '../history'

const founded = registered('2019-03-01')

/** The supervising unit certifies on `on` that the organization was not responsible for `amends`. */
const certified = (on: string, amends: number): GivenEntry => ({
  type: 'NotResponsibleCertified',
  effectiveAt: on,
  amends,
  data: { certifiedBy: 'supervising_unit', department: '上海市浦东新区科学技术协会' },
})

describe('AB-08 certified not directly responsible', () => {
  it('skips the AB-05 listing of a penalty the supervising unit certified', () => {
    specOf('AB-05', cnPolicy)
      .given(founded, warning('2023-03-10'), certified('2023-03-10', 1))
      .when({ at: '2023-03-10' })
      .thenNothing()
  })

  it('near miss (AB-08): the penalty still lists the organization before the certificate', () => {
    specOf('AB-05', cnPolicy)
      .given(founded, warning('2023-03-10'), certified('2023-03-20', 1))
      .when({ at: '2023-03-19' })
      .then([{ rule: 'AB-05', propose: 'ListedOnAbnormalList', inputs: [1] }])
  })

  it('near miss (AB-08): a certificate about another penalty leaves this one listing', () => {
    specOf('AB-05', cnPolicy)
      .given(founded, warning('2023-03-10'), warning('2023-03-12'), certified('2023-03-15', 2))
      .when({ at: '2023-03-20' })
      .then([{ rule: 'AB-05', propose: 'ListedOnAbnormalList', inputs: [1] }])
  })

  it('skips the AB-03 listing of an overdue order the certificate names', () => {
    specOf('AB-03', cnPolicy)
      .given(founded, rectificationOrdered('2023-03-01', '2023-04-30'), certified('2023-04-20', 1))
      .when({ at: '2023-05-01' })
      .thenNothing()
  })

  it('near miss (AB-08): an overdue order certified only later lists on the day after the deadline', () => {
    specOf('AB-03', cnPolicy)
      .given(founded, rectificationOrdered('2023-03-01', '2023-04-30'), certified('2023-05-10', 1))
      .when({ at: '2023-05-01' })
      .then([{ rule: 'AB-03', propose: 'ListedOnAbnormalList', inputs: [1] }])
  })
})
