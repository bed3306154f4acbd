import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../src/credit-file/creditFileOf'
import { at, history } from './history'

const registered = at('2019-03-01', 'OrganizationRegistered')
const penalty = at('2024-03-20', 'PenaltyImposed')

describe('creditFileOf retractions', () => {
  it('drops a retracted penalty from the file and notes the retraction against it', () => {
    const file = creditFileOf(
      history(registered, penalty, at('2024-04-02', 'EntryRetracted', { amends: 1 })),
    )
    expect(file.penalties).toEqual([])
    expect(file.corrections['1']).toEqual([
      { kind: 'retracted', seq: 2, on: '2024-04-02', reason: '同一决定重复录入', fields: [] },
    ])
  })

  it('applies a retraction to every asOf once it is known', () => {
    const entries = history(registered, penalty, at('2024-04-02', 'EntryRetracted', { amends: 1 }))
    expect(creditFileOf(entries, { asOf: '2024-03-31' }).penalties).toEqual([])
    expect(
      creditFileOf(entries, { asOf: '2024-03-31', knownAt: '2024-04-01' }).penalties,
    ).toHaveLength(1)
  })

  it('brings the grade before back when the later grade is retracted', () => {
    const file = creditFileOf(
      history(
        registered,
        at('2021-05-20', 'EvaluationGraded', {
          data: {
            grade: '3A',
            announcedOn: '2021-05-20',
            validFrom: '2021-05-20',
            validTo: '2026-05-19',
          },
        }),
        at('2024-05-20', 'EvaluationGraded'),
        at('2024-06-01', 'EntryRetracted', { amends: 2 }),
      ),
    )
    expect(file.grade).toMatchObject({ grade: '3A', seq: 1 })
    expect(file.gradeHistory.map((event) => event.seq)).toEqual([1])
  })

  it('restores an entry whose retraction is itself retracted', () => {
    const file = creditFileOf(
      history(
        registered,
        at('2022-06-01', 'ListedOnAbnormalList'),
        at('2022-06-05', 'EntryRetracted', { amends: 1 }),
        at('2022-06-09', 'EntryRetracted', { amends: 2 }),
      ),
    )
    expect(file.onAbnormalList).toBe(true)
    expect(file.corrections['2']?.[0]).toMatchObject({ kind: 'retracted', seq: 3 })
    expect(file.corrections['1']).toBeUndefined()
  })

  it('reopens a stream whose closing entry is retracted', () => {
    const file = creditFileOf(
      history(
        registered,
        at('2024-11-05', 'RegistrationRevoked'),
        at('2024-11-06', 'EntryRetracted', { amends: 1 }),
      ),
    )
    expect(file.status).toBe('active')
  })
})

describe('creditFileOf corrections', () => {
  it('shows the corrected fields under the original seq and notes the correction', () => {
    const file = creditFileOf(
      history(registered, penalty, at('2024-03-22', 'EntryCorrected', { amends: 1 })),
    )
    expect(file.penalties[0]).toMatchObject({
      seq: 1,
      facts: '违反规定收取会员评比费用共计人民币一万八千元',
    })
    expect(file.corrections['1']).toEqual([
      { kind: 'corrected', seq: 2, on: '2024-03-22', reason: '金额笔误', fields: ['facts'] },
    ])
  })

  it('lets the later of two corrections of a field win, and ignores a retracted one', () => {
    const entries = history(
      registered,
      at('2020-05-01', 'ListedOnAbnormalList'),
      at('2020-05-03', 'EntryCorrected', {
        amends: 1,
        data: { fields: { reason: 'unreachable' } },
      }),
      at('2020-05-04', 'EntryCorrected', {
        amends: 1,
        data: { fields: { reason: 'rectification_overdue' } },
      }),
      at('2020-05-05', 'EntryRetracted', { amends: 3 }),
    )
    expect(creditFileOf(entries).abnormalList[0]?.reason).toBe('unreachable')
    expect(creditFileOf(entries, { knownAt: '2020-05-04' }).abnormalList[0]?.reason).toBe(
      'rectification_overdue',
    )
  })

  it('corrects the identity when the registration was wrong', () => {
    const file = creditFileOf(
      history(
        registered,
        at('2019-04-01', 'EntryCorrected', {
          amends: 0,
          data: { fields: { registeredFunds: 50000 } },
        }),
      ),
    )
    expect(file.identity.registeredFunds).toBe(50000)
  })

  it('notes erasures of personal data by the entry they erased', () => {
    const file = creditFileOf(
      history(registered, at('2025-01-10', 'PersonalDataErased', { amends: 0 })),
    )
    expect(file.erasures).toEqual({
      '0': { seq: 1, on: '2025-01-10', basis: '《个人信息保护法》第四十七条' },
    })
  })
})
