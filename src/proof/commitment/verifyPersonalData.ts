import { type Person, personalDataSchema } from '../../events'
import { bytesEqual } from '../bytesEqual'
import { toHex } from '../encoding'
import { SALT_SIZE } from './commitPersonalData'
import { peopleCommitments } from './peopleCommitments'
import { peopleHash } from './peopleHash'

/**
 * True when `people` and `salt` open `commitment`, an entry's `personalHash` as bytes; false,
 * never a throw, for any bad input.
 *
 * @example
 * verifyPersonalData(record.people, record.salt, fromHex(entry.personalHash)) // true
 */
export function verifyPersonalData(
  people: readonly Person[],
  salt: Uint8Array,
  commitment: Uint8Array,
): boolean {
  if (!(commitment instanceof Uint8Array)) return false
  if (!(salt instanceof Uint8Array) || salt.length !== SALT_SIZE) return false
  const parsed = personalDataSchema.safeParse(people)
  if (!parsed.success) return false
  return bytesEqual(peopleHash(peopleCommitments(parsed.data, toHex(salt))), commitment)
}
