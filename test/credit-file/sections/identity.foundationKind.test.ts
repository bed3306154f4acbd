import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../../src/credit-file'
import { type Entry, entryTypes } from '../../../src/events'

const base = { org: 'X', by: 'r', schema: 1, recordedAt: '2024-01-01T00:00:00Z' }
const registration = {
  name: '上海市助学基金会',
  kind: 'foundation',
  registrar: '上海市民政局',
  registrarLevel: 'provincial',
  domicile: '上海市浦东新区世纪大道1200号',
  registeredFunds: 4000000,
  certificateNumber: '沪基证字第0456号',
}

const entry = (seq: number, type: string, data: unknown, extra: object = {}): Entry =>
  ({
    ...base,
    seq,
    version: seq + 1,
    type,
    effectiveAt: `2020-0${seq + 1}-01`,
    data,
    ...extra,
  }) as Entry

describe('the foundation kind in the identity', () => {
  it('is taken from the registration, and null when the registration does not say', () => {
    const stated = creditFileOf([
      entry(0, 'OrganizationRegistered', { ...registration, foundationKind: 'public_foundation' }),
    ])
    expect(stated.identity.foundationKind).toBe('public_foundation')
    expect(
      creditFileOf([entry(0, 'OrganizationRegistered', registration)]).identity.foundationKind,
    ).toBeNull()
  })

  it('follows a change registration, and goes back when the change is revoked', () => {
    const entries = [
      entry(0, 'OrganizationRegistered', {
        ...registration,
        foundationKind: 'non_public_foundation',
      }),
      entry(1, 'RegistrationChanged', {
        changes: [
          { field: 'foundation_kind', before: 'non_public_foundation', after: 'public_foundation' },
        ],
      }),
    ]
    expect(creditFileOf(entries).identity.foundationKind).toBe('public_foundation')
    const revoked = entry(
      2,
      'ChangeRegistrationRevoked',
      {
        ground: 'fraud',
        facts: '提交虚假材料',
        department: '上海市民政局',
        decidedOn: '2020-03-01',
      },
      { amends: 1 },
    )
    expect(creditFileOf([...entries, revoked]).identity.foundationKind).toBe(
      'non_public_foundation',
    )
  })

  it('is refused on an organization that is not a foundation', () => {
    const parsed = entryTypes.OrganizationRegistered.data.safeParse({
      ...registration,
      kind: 'social_group',
      foundationKind: 'public_foundation',
    })
    expect(parsed.success).toBe(false)
  })

  it('is refused in a change registration unless it names one of the two kinds', () => {
    const parsed = entryTypes.RegistrationChanged.data.safeParse({
      changes: [{ field: 'foundation_kind', after: 'private' }],
    })
    expect(parsed.success).toBe(false)
  })
})
