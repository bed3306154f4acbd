import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  commitPersonalData,
  fromHex,
  peopleCommitments,
  peopleHash,
  toHex,
} from '../../../src/proof'
import { people, salt, VECTOR } from './peopleFixtures'

describe('commitPersonalData', () => {
  it('gives the pinned personalHash for the pinned people and salt', () => {
    expect(toHex(commitPersonalData(VECTOR.people, fromHex(VECTOR.salt)))).toBe(VECTOR.personalHash)
  })

  it('is the hash of the people commitment tree under the salt’s hex', () => {
    fc.assert(
      fc.property(people, salt, (named, bytes) => {
        expect(toHex(commitPersonalData(named, bytes))).toBe(
          toHex(peopleHash(peopleCommitments(named, toHex(bytes)))),
        )
      }),
    )
  })

  it('changes with the salt, so equal people do not give equal commitments', () => {
    expect(toHex(commitPersonalData(VECTOR.people, new Uint8Array(16)))).not.toBe(
      toHex(commitPersonalData(VECTOR.people, new Uint8Array(16).fill(1))),
    )
  })

  it('refuses a salt that is not 16 bytes', () => {
    for (const length of [0, 15, 17, 32]) {
      expect(() => commitPersonalData(VECTOR.people, new Uint8Array(length))).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      )
    }
  })

  it('refuses what is not personal data, naming the field, rather than commit to part of it', () => {
    const extra = [{ role: 'contact', name: '赵敏', phone: '13800000000' }]
    expect(() => commitPersonalData(extra as never, new Uint8Array(16))).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    )
    expect(() => commitPersonalData([], new Uint8Array(16))).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path: ['people'] })],
      }),
    )
  })
})
