import * as z from 'zod'
import { fromZodIssues } from '../_internal/issues'
import { LedgerError } from '../errors'
import { personalDataSchema } from '../events'
import { fromHex, verifyPersonalData } from '../proof'
import type { PersonalRecord } from '../store'
import { isoDateOrInstantSchema } from '../time'
import type { AppendResult } from './append'
import type { EntryInput } from './entryInput'
import type { LedgerState } from './ledgerState'

/** Why and by whom personal data is erased. */
export interface ErasureOptions {
  /** The legal basis or request, e.g. 《个人信息保护法》第四十七条. */
  readonly basis: string
  /** Who erases: the authority or the ledger's operator. */
  readonly by: string
  /** When the erasure takes effect. */
  readonly effectiveAt: string
}

const erasureSchema = z.strictObject({
  basis: z.string().min(1).max(4000),
  by: z.string().min(1).max(200),
  effectiveAt: isoDateOrInstantSchema,
})

/** The people an entry names and their salt, after checking them against the entry's commitment. */
export async function readPersonalRecord(
  state: LedgerState,
  seq: number,
): Promise<PersonalRecord | undefined> {
  const entry = await state.store.readEntry(seq)
  if (!entry) throw new LedgerError('NOT_FOUND', `entry ${seq} does not exist`)
  const held = await state.store.readPersonal(seq)
  if (!held || entry.personalHash === undefined) return undefined
  // What was checked against the commitment is what is returned: zod's copy of the people,
  // read once, never the store's objects, which could read differently the next time.
  const people = personalDataSchema.safeParse(held.people)
  const salt = held.salt
  if (!people.success || !verifyPersonalData(people.data, salt, fromHex(entry.personalHash))) {
    throw new LedgerError(
      'VERIFICATION_FAILED',
      `the personal data held for entry ${seq} does not match its commitment`,
    )
  }
  return { seq: held.seq, salt: salt.slice(), people: people.data }
}

/**
 * Appends a PersonalDataErased entry, then removes the people and the salt. The entry keeps
 * its commitment, so every proof still verifies, and nothing can be recovered from it.
 */
export async function erasePersonalData(
  state: LedgerState,
  append: (input: EntryInput) => Promise<AppendResult>,
  org: string,
  seq: number,
  rawOptions: unknown,
): Promise<AppendResult> {
  const options = erasureSchema.safeParse(rawOptions)
  if (!options.success) {
    const issues = fromZodIssues(options.error.issues, ['options'])
    throw new LedgerError(
      'INVALID_INPUT',
      `erasePersonalData: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      issues,
    )
  }
  const entry = await state.store.readEntry(seq)
  if (!entry || entry.org !== org) {
    throw new LedgerError('AMENDS_UNKNOWN_ENTRY', `entry ${seq} is not an entry of ${org}`, [
      {
        code: 'amends_unknown_entry',
        path: ['seq'],
        message: `entry ${seq} is not an entry of ${org}`,
      },
    ])
  }
  if (entry.personalHash === undefined) {
    throw new LedgerError('NOT_FOUND', `entry ${seq} names no people`, [
      {
        code: 'no_personal_data',
        path: ['seq'],
        message: 'the entry was written without personal data',
      },
    ])
  }
  const { basis, by, effectiveAt } = options.data
  const result = await append({
    org,
    type: 'PersonalDataErased',
    effectiveAt,
    by,
    amends: seq,
    data: { basis },
  })
  await state.store.erasePersonal(seq)
  return result
}
