import { describe, expect, it } from 'vitest'
import { creditFileOf } from '../../src/credit-file/creditFileOf'
import { at, history } from './history'

const registered = at('2019-03-01', 'OrganizationRegistered')
const changed = at('2021-04-01', 'RegistrationChanged')

describe('creditFileOf change registrations', () => {
  it('keeps the ground a change registration was revoked on, for the SL-02 rule', () => {
    const revoked = at('2022-08-20', 'ChangeRegistrationRevoked', { amends: 1 })
    const file = creditFileOf(history(registered, changed, revoked))
    expect(file.registration.changes[0]).toMatchObject({ revocationGround: 'fraud' })
  })

  it('tells a revocation on another ground apart', () => {
    const revoked = at('2022-08-20', 'ChangeRegistrationRevoked', {
      amends: 1,
      data: { ground: 'other' },
    })
    const file = creditFileOf(history(registered, changed, revoked))
    expect(file.registration.changes[0]?.revocationGround).toBe('other')
  })

  it('has no ground while the change stands', () => {
    const file = creditFileOf(history(registered, changed))
    expect(file.registration.changes[0]?.revocationGround).toBeNull()
  })
})
