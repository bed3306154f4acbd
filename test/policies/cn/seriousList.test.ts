import { describe, it } from 'vitest'
import { cnPolicy, cnPolicyWith } from '../../../src/policies'
import {
  changed,
  changeRevoked,
  debtorListed,
  debtorRemoved,
  deregistered,
  listedAbnormal,
  listedSerious,
  penalty,
  penaltyRevoked,
  registered,
  registrationRevoked,
  specOf,
  warning,
} from '../history'

const founded = registered('2019-03-01')

describe('SL-01 two full years on the abnormal list', () => {
  const spec = specOf('SL-01', cnPolicy)
  const listed = listedAbnormal('2021-06-01', 'no_party_organization')

  it('escalates on the day after the second anniversary (Civil Code)', () => {
    spec
      .given(founded, listed)
      .when({ at: '2023-06-02' })
      .then([
        {
          rule: 'SL-01',
          propose: 'ListedOnSeriousList',
          mode: 'automatic',
          effectiveAt: '2023-06-02',
          inputs: [1],
        },
        { rule: 'SL-01', propose: 'RemovedFromAbnormalList', amends: 1 },
      ])
  })

  it('does not escalate on the anniversary itself', () => {
    spec
      .given(founded, listed)
      .when({ at: '2023-06-01' })
      .thenNothing()
      .thenNextChange('2023-06-02')
  })

  it('escalates on the anniversary under the calendar convention', () => {
    specOf('SL-01', cnPolicyWith({ convention: 'calendar' }))
      .given(founded, listed)
      .when({ at: '2023-06-01' })
      .then([
        { rule: 'SL-01', effectiveAt: '2023-06-01' },
        { rule: 'SL-01', amends: 1 },
      ])
  })
})

describe('SL-02 change registration revoked as fraudulent', () => {
  const spec = specOf('SL-02', cnPolicy)

  it('lists the organization on the day the change was revoked', () => {
    spec
      .given(founded, changed('2022-03-01'), changeRevoked('2022-08-15', 1, 'fraud'))
      .when({ at: '2022-08-20' })
      .then([
        {
          rule: 'SL-02',
          propose: 'ListedOnSeriousList',
          effectiveAt: '2022-08-15',
          inputs: [1],
          data: { reason: 'fraudulent_change', department: '上海市浦东新区民政局', basedOn: [1] },
        },
      ])
  })

  it('does nothing when the change was revoked on another ground', () => {
    spec
      .given(founded, changed('2022-03-01'), changeRevoked('2022-08-15', 1, 'other'))
      .when({ at: '2022-08-20' })
      .thenNothing()
  })
})

describe('SL-03 suspension of activities', () => {
  const spec = specOf('SL-03', cnPolicy)
  const suspended = penalty('2023-03-10', [{ kind: 'suspension', months: 3 }])

  it('lists the organization on the day the suspension took effect', () => {
    spec
      .given(founded, suspended)
      .when({ at: '2023-03-10' })
      .then([
        { rule: 'SL-03', propose: 'ListedOnSeriousList', effectiveAt: '2023-03-10', inputs: [1] },
      ])
  })

  it('does nothing once the penalty is revoked', () => {
    spec
      .given(founded, suspended, penaltyRevoked('2023-04-01', 1))
      .when({ at: '2023-04-01' })
      .thenNothing()
  })
})

describe('SL-04 fine of 50,000 yuan or more', () => {
  const spec = specOf('SL-04', cnPolicy)

  it('lists the organization for a fine of exactly 50,000 yuan', () => {
    spec
      .given(founded, penalty('2023-03-10', [{ kind: 'fine', amount: 50000 }]))
      .when({ at: '2023-03-10' })
      .then([
        {
          rule: 'SL-04',
          propose: 'ListedOnSeriousList',
          data: { reason: 'large_fine', department: '上海市浦东新区民政局', basedOn: [1] },
        },
      ])
  })

  it('does nothing for 49,999 yuan', () => {
    spec
      .given(founded, penalty('2023-03-10', [{ kind: 'fine', amount: 49999 }]))
      .when({ at: '2023-03-10' })
      .thenNothing()
  })
})

describe('SL-05 two warnings or small fines within 3 years', () => {
  const spec = specOf('SL-05', cnPolicy)

  it('lists the organization when the second falls on the last day of the window', () => {
    spec
      .given(founded, warning('2021-03-10'), warning('2024-03-10'))
      .when({ at: '2024-03-10' })
      .then([
        {
          rule: 'SL-05',
          propose: 'ListedOnSeriousList',
          effectiveAt: '2024-03-10',
          inputs: [1, 2],
        },
      ])
  })

  it('does nothing when the first has left the window the day before the second', () => {
    spec
      .given(founded, warning('2021-03-10'), warning('2024-03-11'))
      .when({ at: '2024-03-11' })
      .thenNothing()
  })

  it('keeps the anniversary within 3 years under the calendar convention too', () => {
    specOf('SL-05', cnPolicyWith({ convention: 'calendar' }))
      .given(founded, warning('2021-03-10'), warning('2024-03-10'))
      .when({ at: '2024-03-10' })
      .then([
        {
          rule: 'SL-05',
          propose: 'ListedOnSeriousList',
          effectiveAt: '2024-03-10',
          inputs: [1, 2],
        },
      ])
  })

  it('leaves the day after the anniversary out under the calendar convention', () => {
    specOf('SL-05', cnPolicyWith({ convention: 'calendar' }))
      .given(founded, warning('2021-03-10'), warning('2024-03-11'))
      .when({ at: '2024-03-11' })
      .thenNothing()
  })

  it('does nothing once both rest on a serious listing', () => {
    spec
      .given(
        founded,
        warning('2021-03-10'),
        warning('2023-03-10'),
        listedSerious('2023-03-10', 'repeated_minor_penalties', [1, 2]),
      )
      .when({ at: '2023-04-01' })
      .thenNothing()
  })
})

describe('SL-06 dishonest judgment debtor', () => {
  const spec = specOf('SL-06', cnPolicy)

  it('lists the organization on the day the court listed it', () => {
    spec
      .given(founded, debtorListed('2023-04-01'))
      .when({ at: '2023-04-02' })
      .then([
        { rule: 'SL-06', propose: 'ListedOnSeriousList', effectiveAt: '2023-04-01', inputs: [1] },
      ])
  })

  it('does nothing after the court removed it', () => {
    spec
      .given(founded, debtorListed('2023-04-01'), debtorRemoved('2023-05-01', 1))
      .when({ at: '2023-06-01' })
      .thenNothing()
  })
})

describe('SL-07 certificate or registration revoked', () => {
  const spec = specOf('SL-07', cnPolicy)

  it('lists the organization on the day of the revocation', () => {
    spec
      .given(founded, registrationRevoked('2023-04-01'))
      .when({ at: '2023-04-05' })
      .then([
        { rule: 'SL-07', propose: 'ListedOnSeriousList', effectiveAt: '2023-04-01', inputs: [1] },
      ])
  })

  it('does nothing for a voluntary deregistration', () => {
    spec
      .given(founded, deregistered('2023-04-01', 'dissolution'))
      .when({ at: '2023-04-05' })
      .thenNothing()
  })
})
