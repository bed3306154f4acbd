import { checkArgument, expectString } from '../../_internal/arguments'
import { type Person, type PersonField, personalDataSchema } from '../../events'

export type { PersonField } from '../../events'

import { toHex } from '../encoding'
import { fieldDigest, fieldSalt } from './fieldCommitment'

/** The fields of a person in the order they are committed. */
export const PERSON_FIELDS: readonly PersonField[] = Object.freeze(['role', 'name', 'idNumber'])

/** One person's field commitments, lower-case hex; `idNumber` only when the person has one. */
export interface PersonCommitments {
  readonly role: string
  readonly name: string
  readonly idNumber?: string
}

/** The commitments to an entry's people, one object per person, in the order they were named. */
export type PeopleCommitments = readonly PersonCommitments[]

// The format, with `salt` the lower-case hex of the record's 16-byte salt and `i` the person's
// position in the array:
//
//   tree[i][field] = hex(fieldDigest(fieldSalt(salt, [String(i), field]), person[field]))
//
// the same derivation entry fields use, so the salt of one field opens that field and no
// other, and a person's name can be shown while their id number and everyone else stay
// committed. The position is in the path because two people may share a role or a name.

/** The salt of one field of the person at `index`: a field salt under the personal salt. */
export function personFieldSalt(salt: string, index: number, field: PersonField): Uint8Array {
  return fieldSalt(salt, [String(index), field])
}

/** The commitment tree of `people` under the personal salt `salt` (hex); see the format above. */
export function peopleCommitments(people: readonly Person[], salt: string): PeopleCommitments {
  checkArgument(personalDataSchema, people, 'people')
  expectString(salt, 'salt')
  return people.map((person, index) => {
    const tree: Record<string, string> = {}
    for (const field of PERSON_FIELDS) {
      const value = person[field]
      if (value !== undefined) {
        tree[field] = toHex(fieldDigest(personFieldSalt(salt, index, field), value))
      }
    }
    return tree as unknown as PersonCommitments
  })
}
