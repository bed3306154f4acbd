import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { commitPersonalData, randomSalt, verifyPersonalData } from '../../../src/proof'
import { people, salt } from './peopleFixtures'

const flip = (bytes: Uint8Array, at: number, mask: number): Uint8Array => {
  const changed = bytes.slice()
  changed[at % changed.length] = (changed[at % changed.length] ?? 0) ^ mask
  return changed
}

describe('verifyPersonalData', () => {
  it('opens a commitment with its people and salt', () => {
    fc.assert(
      fc.property(people, salt, (p, s) => {
        expect(verifyPersonalData(p, s, commitPersonalData(p, s))).toBe(true)
      }),
    )
  })

  it('refuses a changed field of any person, a changed salt or a changed commitment', () => {
    fc.assert(
      fc.property(
        people,
        salt,
        fc.nat(),
        fc.constantFrom('role', 'name', 'idNumber'),
        fc.integer({ min: 1, max: 255 }),
        (p, s, at, field, mask) => {
          const c = commitPersonalData(p, s)
          const index = at % p.length
          const changed = p.map((person, i) =>
            i === index ? { ...person, [field]: `${person[field] ?? ''}x` } : person,
          )
          expect(verifyPersonalData(changed, s, c)).toBe(false)
          expect(verifyPersonalData(p, flip(s, at, mask), c)).toBe(false)
          expect(verifyPersonalData(p, s, flip(c, at, mask))).toBe(false)
        },
      ),
    )
  })

  it('refuses people in another order, one left out or one added', () => {
    const p = [
      { role: 'legal_representative', name: '王建国' },
      { role: 'council_member', name: '李秀英' },
    ]
    const s = randomSalt()
    const c = commitPersonalData(p, s)
    expect(verifyPersonalData([...p].reverse(), s, c)).toBe(false)
    expect(verifyPersonalData(p.slice(0, 1), s, c)).toBe(false)
    expect(verifyPersonalData([...p, { role: 'contact', name: '赵敏' }], s, c)).toBe(false)
  })

  it('answers false, never throws, for salts or commitments of the wrong length or type and for what is not people', () => {
    const p = [{ role: 'contact', name: '赵敏' }]
    const s = randomSalt()
    const c = commitPersonalData(p, s)
    expect(verifyPersonalData(p, s.subarray(1), c)).toBe(false)
    expect(verifyPersonalData(p, s, c.subarray(1))).toBe(false)
    expect(verifyPersonalData(p, 'salt' as unknown as Uint8Array, c)).toBe(false)
    expect(verifyPersonalData('赵敏' as never, s, c)).toBe(false)
    expect(verifyPersonalData([{ ...p[0], phone: '1' }] as never, s, c)).toBe(false)
  })
})
