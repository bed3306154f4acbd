import { fromZodIssues } from '../../_internal/issues'
import { LedgerError } from '../../errors'
import { type Person, personalDataSchema } from '../../events'
import { toHex } from '../encoding'
import { peopleCommitments } from './peopleCommitments'
import { peopleHash } from './peopleHash'

/** Bytes in a salt: as many as an entry's, so a field salt under either has the same strength. */
export const SALT_SIZE = 16

/**
 * The `personalHash` an entry holds in place of the people it names: the hash of their
 * per-field commitment tree under `salt` (`peopleHash(peopleCommitments(people, hex(salt)))`).
 * Erasing the people and the salt leaves it unopenable while every proof over the leaf still
 * verifies. Throws `INVALID_INPUT` for people that are not `PersonalData` or a salt that is
 * not 16 bytes.
 */
export function commitPersonalData(people: readonly Person[], salt: Uint8Array): Uint8Array {
  if (!(salt instanceof Uint8Array) || salt.length !== SALT_SIZE) {
    const message = `a salt is ${SALT_SIZE} bytes`
    throw new LedgerError('INVALID_INPUT', message, [
      { code: 'invalid_salt', path: ['salt'], message },
    ])
  }
  const parsed = personalDataSchema.safeParse(people)
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues, ['people'])
    const first = issues[0]
    throw new LedgerError(
      'INVALID_INPUT',
      `not personal data: ${first?.path.join('.')}: ${first?.message}`,
      issues,
    )
  }
  return peopleHash(peopleCommitments(parsed.data, toHex(salt)))
}
