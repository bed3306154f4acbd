import type { PersonalData } from '../../events'
import { toHex } from '../encoding'
import {
  PERSON_FIELDS,
  type PeopleCommitments,
  type PersonField,
  peopleCommitments,
  personFieldSalt,
} from './peopleCommitments'

/** One field of one person, shown with the salt that opens its commitment. */
export interface ShownPersonField {
  /** The person's position among the entry's people. */
  readonly index: number
  readonly field: PersonField
  readonly value: string
  /** The field salt, hex: it opens this field and no other. */
  readonly salt: string
}

/**
 * The people of a report item: the commitment to every field of every person named beside
 * the entry, which hashes to its `personalHash`, and the fields the policy makes public.
 */
export interface DisclosedPeople {
  readonly commitments: PeopleCommitments
  /** By person, then in `PERSON_FIELDS` order. */
  readonly shown: readonly ShownPersonField[]
}

/**
 * The people of an entry as a report shows them: the whole commitment tree and the fields
 * `shows` allows, or `undefined` when it allows none, so that a report without people
 * carries nothing about them beyond the entry's `personalHash`.
 */
export function disclosePeople(
  record: { readonly salt: Uint8Array; readonly people: PersonalData },
  shows: (role: string, field: PersonField) => boolean,
): DisclosedPeople | undefined {
  const salt = toHex(record.salt)
  const shown: ShownPersonField[] = []
  record.people.forEach((person, index) => {
    for (const field of PERSON_FIELDS) {
      const value = person[field]
      if (value === undefined || !shows(person.role, field)) continue
      shown.push({ index, field, value, salt: toHex(personFieldSalt(salt, index, field)) })
    }
  })
  if (shown.length === 0) return undefined
  return { commitments: peopleCommitments(record.people, salt), shown }
}
