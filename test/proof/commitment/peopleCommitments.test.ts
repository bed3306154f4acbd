import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { peopleCommitments, personFieldSalt, toHex } from '../../../src/proof'
import { fieldSalt } from '../../../src/proof/commitment/fieldCommitment'
import { people, salt, VECTOR } from './peopleFixtures'

describe('peopleCommitments', () => {
  it('commits to each field of each person separately, as the pinned vector says', () => {
    expect(peopleCommitments(VECTOR.people, VECTOR.salt)).toEqual(VECTOR.tree)
  })

  it('derives each field salt from the personal salt and the path [index, field], as entry fields do', () => {
    expect(toHex(personFieldSalt(VECTOR.salt, 1, 'name'))).toBe(
      toHex(fieldSalt(VECTOR.salt, ['1', 'name'])),
    )
  })

  it('gives one object per person with role, name and an id number exactly when there is one', () => {
    fc.assert(
      fc.property(people, salt, (named, bytes) => {
        const tree = peopleCommitments(named, toHex(bytes))
        expect(tree).toHaveLength(named.length)
        tree.forEach((person, index) => {
          const keys = Object.keys(person).sort()
          expect(keys).toEqual(
            named[index]?.idNumber === undefined ? ['name', 'role'] : ['idNumber', 'name', 'role'],
          )
          for (const digest of Object.values(person)) expect(digest).toMatch(/^[0-9a-f]{64}$/)
        })
      }),
    )
  })

  it('changes only the digest of the field that changed', () => {
    fc.assert(
      fc.property(people, salt, fc.nat(), (named, bytes, at) => {
        const index = at % named.length
        const changed = named.map((person, i) =>
          i === index ? { ...person, name: `${person.name}·` } : person,
        )
        const before = peopleCommitments(named, toHex(bytes))
        const after = peopleCommitments(changed, toHex(bytes))
        before.forEach((person, i) => {
          expect(after[i]?.role).toBe(person.role)
          expect(after[i]?.idNumber).toBe(person.idNumber)
          if (i === index) expect(after[i]?.name).not.toBe(person.name)
          else expect(after[i]?.name).toBe(person.name)
        })
      }),
    )
  })

  it('gives equal names of two people, or of two salts, unrelated digests', () => {
    const twins = [
      { role: 'council_member', name: '张三' },
      { role: 'council_member', name: '张三' },
    ]
    const [first, second] = peopleCommitments(twins, VECTOR.salt)
    expect(first?.name).not.toBe(second?.name)
    expect(peopleCommitments(twins, 'ff'.repeat(16))[0]?.name).not.toBe(first?.name)
  })
})
