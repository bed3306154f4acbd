import { deepFreeze } from '../_internal/deepFreeze'
import type { Entry, Migrated } from '../events'
import { peopleCommitments, peopleHash, randomSalt, randomSalts, toHex } from '../proof'
import type { PersonalRecord } from '../store'
import type { ValidInput } from './entryInput'

// Its keys in canonical order too, whatever order the caller gave them in.
function migratedOf({ recordedAt, source }: Migrated): Migrated {
  return source === undefined ? { recordedAt } : { recordedAt, source }
}

/** A batch numbered and stamped, ready for the store. */
export interface BuiltBatch {
  readonly entries: readonly Entry[]
  readonly personal: readonly PersonalRecord[]
}

/**
 * Gives each input its `seq`, stream `version`, recording instant and schema version, and
 * commits to each field of the people it names under a fresh salt (`peopleCommitments`).
 * Each entry also gets its own `salt`, from which the salts of its field commitments derive.
 * Keys are set in canonical order so that every entry has one of a few fixed shapes and its
 * plain JSON is its canonical JSON.
 */
export function buildEntries(
  inputs: readonly ValidInput[],
  head: number,
  versionOf: (org: string) => number,
  recordedAt: string,
): BuiltBatch {
  const versions = new Map<string, number>()
  const entries: Entry[] = []
  const personal: PersonalRecord[] = []
  // Entry salts are drawn for the whole batch at once and kept only as hex. A person's salt
  // gets a buffer of its own, so erasing it leaves no copy in a shared one.
  const salts = randomSalts(inputs.length)
  inputs.forEach((input, index) => {
    const seq = head + index
    const version = (versions.get(input.org) ?? versionOf(input.org)) + 1
    versions.set(input.org, version)
    let personalHash: string | undefined
    if (input.personal) {
      const salt = randomSalt()
      // The people were checked with the input, so the commitment is made without checking again.
      personalHash = toHex(peopleHash(peopleCommitments(input.personal, toHex(salt))))
      personal.push({ seq, salt, people: input.personal })
    }
    const entry: Record<string, unknown> = {}
    if (input.amends !== undefined) entry.amends = input.amends
    entry.by = input.by
    if (input.cause !== undefined) entry.cause = input.cause
    entry.data = input.data
    entry.effectiveAt = input.effectiveAt
    if (input.migrated !== undefined) entry.migrated = migratedOf(input.migrated)
    entry.org = input.org
    if (personalHash !== undefined) entry.personalHash = personalHash
    entry.recordedAt = recordedAt
    if (input.ref !== undefined) entry.ref = input.ref
    entry.salt = toHex(salts[index] as Uint8Array)
    entry.schema = input.definition.schema
    entry.seq = seq
    entry.type = input.type
    entry.version = version
    entries.push(deepFreeze(entry) as unknown as Entry)
  })
  return { entries, personal }
}
