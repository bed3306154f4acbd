import { describe, expect, it } from 'vitest'
import { cnPolicy, cnPolicyWith } from '../../../src/policies'
import type { GivenEntry } from '../../../src/testing'
import { registered, specOf } from '../history'

const REGISTRAR = '上海市浦东新区民政局'
const DOMICILE = '上海市浦东新区世纪大道1200号'
const founded = registered('2019-03-01')

/** A special letter to the registered address on `on`, returned unsigned. */
const letter = (on: string, extra: object = {}): GivenEntry => ({
  type: 'NoticeServed',
  effectiveAt: on,
  data: {
    channel: 'special_letter',
    purpose: 'contact',
    address: DOMICILE,
    atRegisteredAddress: true,
    signedFor: false,
    department: REGISTRAR,
    ...extra,
  },
})

/** A notice handed over in person and signed for on `on`. */
const signed = (on: string): GivenEntry => ({
  type: 'NoticeServed',
  effectiveAt: on,
  data: {
    channel: 'in_person',
    purpose: 'rectification',
    signedFor: true,
    signedOn: on,
    department: REGISTRAR,
  },
})

/** A community group filed (备案) with its street office on 1 March 2019. */
const filed: GivenEntry = {
  type: 'OrganizationFiled',
  effectiveAt: '2019-03-01',
  data: {
    name: '花木街道银发志愿者服务队',
    filingAuthority: '上海市浦东新区花木街道办事处',
    region: '上海市浦东新区花木街道',
    regionCode: '310115',
  },
}

const listedUnreachable = (on: string, basedOn: number[]): GivenEntry => ({
  type: 'ListedOnAbnormalList',
  effectiveAt: on,
  data: { reason: 'unreachable', department: REGISTRAR, basedOn },
})

describe('AB-06 unreachable at the registered address', () => {
  const spec = specOf('AB-06', cnPolicy)

  it('lists the organization once the second unsigned letter is sent 20 days after the first', () => {
    spec
      .given(founded, letter('2024-03-01'), letter('2024-03-21'))
      .when({ at: '2024-03-21' })
      .then([
        {
          rule: 'AB-06',
          propose: 'ListedOnAbnormalList',
          mode: 'automatic',
          effectiveAt: '2024-03-21',
          data: { reason: 'unreachable', department: REGISTRAR, basedOn: [1, 2] },
        },
      ])
  })

  it('lists when the letters are 60 days apart', () => {
    spec
      .given(founded, letter('2024-03-01'), letter('2024-04-30'))
      .when({ at: '2024-05-01' })
      .then([{ rule: 'AB-06', propose: 'ListedOnAbnormalList' }])
  })

  it('near miss (AB-06): letters 19 days apart do not make the organization unreachable', () => {
    spec
      .given(founded, letter('2024-03-01'), letter('2024-03-20'))
      .when({ at: '2024-06-01' })
      .thenNothing()
  })

  it('near miss (AB-06): letters 61 days apart do not either', () => {
    spec
      .given(founded, letter('2024-03-01'), letter('2024-05-01'))
      .when({ at: '2024-06-01' })
      .thenNothing()
  })

  it('near miss (AB-06): a letter to another address does not count', () => {
    spec
      .given(founded, letter('2024-03-01'), letter('2024-03-25', { atRegisteredAddress: false }))
      .when({ at: '2024-06-01' })
      .thenNothing()
  })

  it('near miss (AB-06): a registered letter is not a special letter', () => {
    spec
      .given(founded, letter('2024-03-01'), letter('2024-03-25', { channel: 'registered_letter' }))
      .when({ at: '2024-06-01' })
      .thenNothing()
  })

  it('near miss (AB-06): a notice signed for between the letters ends the first one', () => {
    spec
      .given(founded, letter('2024-03-01'), signed('2024-03-10'), letter('2024-03-25'))
      .when({ at: '2024-06-01' })
      .thenNothing()
  })

  it('near miss (AB-06): a second letter signed for does not count', () => {
    spec
      .given(
        founded,
        letter('2024-03-01'),
        letter('2024-03-25', { signedFor: true, signedOn: '2024-03-27' }),
      )
      .when({ at: '2024-06-01' })
      .thenNothing()
  })

  it('near miss (AB-06): a filed community group, which has no registered domicile, is not listed', () => {
    spec
      .given(filed, letter('2024-03-01'), letter('2024-03-21'))
      .when({ at: '2024-03-21' })
      .thenNothing()
  })

  it('does not list again on letters a listing already rests on', () => {
    spec
      .given(
        founded,
        letter('2024-03-01'),
        letter('2024-03-21'),
        listedUnreachable('2024-03-22', [1, 2]),
      )
      .when({ at: '2024-06-01' })
      .thenNothing()
  })

  it('follows the interval the parameter sets', () => {
    const wide = cnPolicyWith({
      unreachableLetterInterval: { atLeast: { days: 10 }, atMost: null },
    })
    specOf('AB-06', wide)
      .given(founded, letter('2024-03-01'), letter('2024-09-01'))
      .when({ at: '2024-09-01' })
      .then([{ rule: 'AB-06', propose: 'ListedOnAbnormalList' }])
  })

  it('refuses an interval whose atMost is shorter than its atLeast, naming atMost', () => {
    const inverted = () =>
      cnPolicyWith({
        unreachableLetterInterval: { atLeast: { days: 60 }, atMost: { days: 20 } },
      })
    expect(inverted).toThrow(/unreachableLetterInterval\.atMost/)
    expect(inverted).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ code: 'interval_inverted' })],
      }),
    )
  })

  it('refuses an atMost in months that ends before an atLeast in days from some day', () => {
    expect(() =>
      cnPolicyWith({
        unreachableLetterInterval: { atLeast: { days: 30 }, atMost: { months: 1 } },
      }),
    ).toThrow(/unreachableLetterInterval\.atMost/)
    cnPolicyWith({ unreachableLetterInterval: { atLeast: { days: 28 }, atMost: { months: 1 } } })
    cnPolicyWith({ unreachableLetterInterval: { atLeast: { days: 20 }, atMost: { days: 20 } } })
  })

  it('refuses an interval that is not a period', () => {
    expect(() =>
      cnPolicyWith({ unreachableLetterInterval: { atLeast: { days: -1 }, atMost: null } }),
    ).toThrow(/unreachableLetterInterval/)
  })
})

describe('AB-06.removal reached again', () => {
  const spec = specOf('AB-06.removal', cnPolicy)
  const listed = [
    founded,
    letter('2024-03-01'),
    letter('2024-03-21'),
    listedUnreachable('2024-03-22', [1, 2]),
  ]

  it('proposes the removal once the organization signs for a later notice, with 5 working days to act (Saturday 11 May 2024 was a working day)', () => {
    spec
      .given(...listed, signed('2024-05-06'))
      .when({ at: '2024-05-06' })
      .then([
        { rule: 'AB-06.removal', oblige: 'remove_from_list', due: '2024-05-11' },
        {
          rule: 'AB-06.removal',
          propose: 'RemovedFromAbnormalList',
          mode: 'needs_decision',
          amends: 3,
        },
      ])
  })

  it('proposes it when a returned letter turns out to have been signed for after all', () => {
    spec
      .given(...listed, {
        type: 'EntryCorrected',
        effectiveAt: '2024-05-10',
        amends: 2,
        data: { fields: { signedFor: true, signedOn: '2024-04-02' }, reason: '邮政回执显示已签收' },
      })
      .when({ at: '2024-05-10' })
      .then([
        { rule: 'AB-06.removal', oblige: 'remove_from_list' },
        { rule: 'AB-06.removal', propose: 'RemovedFromAbnormalList' },
      ])
  })

  it('near miss (AB-06.removal): does not apply to a filed community group', () => {
    spec
      .given(
        filed,
        letter('2024-03-01'),
        letter('2024-03-21'),
        listedUnreachable('2024-03-22', [1, 2]),
        signed('2024-05-06'),
      )
      .when({ at: '2024-05-06' })
      .thenNothing()
  })

  it('near miss (AB-06.removal): a notice signed for before the listing does not end it', () => {
    spec
      .given(...listed)
      .when({ at: '2024-06-01' })
      .thenNothing()
  })
})
