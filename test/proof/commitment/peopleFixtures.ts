import fc from 'fast-check'
import type { PersonalData } from '../../../src/events/personalData'

/** A person as `personSchema` accepts one, with or without an id number. */
export const person: fc.Arbitrary<PersonalData[number]> = fc.record(
  {
    role: fc.constantFrom('legal_representative', 'council_member', 'contact', 'supervisor'),
    name: fc.string({ minLength: 1, maxLength: 12 }),
    idNumber: fc.stringMatching(/^[0-9]{17}[0-9X]$/),
  },
  { requiredKeys: ['role', 'name'] },
)

/** One to five people. */
export const people: fc.Arbitrary<PersonalData> = fc.array(person, { minLength: 1, maxLength: 5 })

/** A 16-byte salt. */
export const salt: fc.Arbitrary<Uint8Array> = fc.uint8Array({ minLength: 16, maxLength: 16 })

/**
 * A salt, two people, their commitment tree and `personalHash`, worked out with node:crypto
 * from the format alone (docs/disclosure.md, "People"): the pinned vector.
 */
export const VECTOR = {
  salt: '000102030405060708090a0b0c0d0e0f',
  people: [
    { role: 'legal_representative', name: '王建国', idNumber: '310228195501010011' },
    { role: 'council_member', name: '李秀英' },
  ],
  tree: [
    {
      role: '2868e8bdd511eed3bf00691ad2fd48f6667e392b4d1d77079b6cd9da483adf4a',
      name: 'e294d12e46812655da4c621e4b204a60d6935591b9149b4dd372461935588ba0',
      idNumber: 'fb37e81534060a90306f35db1462429318b687a63b3d64b5617c4e6cde8725fc',
    },
    {
      role: '9e397bd5e1ced50954de6b4552c56541d629d0f7f142ac63b8a1dc4045831d02',
      name: '4fb05d481c611c9017e694991f6330e2b9f127b7b230ffb7c269d8aa385bbd98',
    },
  ],
  personalHash: '38b91089ea5d91606ca684be0be1714c76df32f184780f909efda585c508332b',
} as const
