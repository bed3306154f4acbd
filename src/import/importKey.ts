import { contentHash } from '../events'
import type { MappedInput } from './mapRow'

/**
 * The idempotency key of a row: `import:` and the SHA-256 of the canonical JSON of what it
 * maps to and the mapping's source. A row read again, in any order and in any later run,
 * gets the same key, so the ledger writes it once. People count only by number: a plain hash
 * of a name and ID number, kept with the key, would outlive their erasure and confirm a guess
 * (the ledger compares a repeat's people with the entry's salted commitment instead).
 */
export function importKey(input: MappedInput, source: string | undefined): string {
  const { personal, ...rest } = input
  const people = Array.isArray(personal) ? personal.length : 0
  const content = { source: source ?? null, input: { ...rest, personal: people } }
  return `import:${contentHash(content)}`
}
