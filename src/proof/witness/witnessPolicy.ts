import { isLedgerError, LedgerError, type Result } from '../../errors'
import { toHex } from '../encoding'
import type { VerifierKey } from '../note/verifierKey'
import { parseCosignerKey } from './cosignerKey'

/**
 * Whom a verifier trusts besides the log: a checkpoint counts only when at least `quorum` of
 * the named witnesses cosigned it. Witnesses are named by their cosigner key text
 * (`cosignerKey`).
 */
export interface WitnessPolicy {
  readonly witnesses: readonly string[]
  readonly quorum: number
}

/** A checked witness policy, its keys parsed. */
export interface CheckedWitnessPolicy {
  readonly witnesses: readonly VerifierKey[]
  readonly quorum: number
}

/** At most this many witnesses in one policy; more is a mistake, not a policy. */
export const MAX_WITNESSES = 64

/**
 * Checks a witness policy: 1 to 64 distinct cosigner keys and a quorum from 1 to their
 * number. Throws `INVALID_INPUT` naming the field (`invalid_witness_policy`, `invalid_key`).
 *
 * @example
 * const policy = witnessPolicy({ witnesses: [a, b, c], quorum: 2 })
 */
export function witnessPolicy(input: WitnessPolicy): CheckedWitnessPolicy {
  if (typeof input !== 'object' || input === null) {
    throw invalid([], 'a witness policy is an object with witnesses and a quorum')
  }
  const { witnesses, quorum } = input
  if (!Array.isArray(witnesses) || witnesses.length === 0 || witnesses.length > MAX_WITNESSES) {
    throw invalid(['witnesses'], `name 1 to ${MAX_WITNESSES} witnesses by their cosigner keys`)
  }
  const keys = witnesses.map((text: unknown, index) => {
    const parsed = parseCosignerKey(text as string)
    if (!parsed.success) {
      const first = parsed.issues[0]
      const message = `witness ${index}: ${first?.message ?? 'not a cosigner key'}`
      throw new LedgerError('INVALID_INPUT', message, [
        { code: 'invalid_key', path: ['policy', 'witnesses', index], message },
      ])
    }
    return parsed.data
  })
  // One key counts once, whatever names it is given: a quorum is of keys, not of names.
  const distinct = new Set(keys.map((key) => toHex(key.publicKey)))
  if (distinct.size !== keys.length) throw invalid(['witnesses'], 'a witness key is named twice')
  if (!Number.isInteger(quorum) || quorum < 1 || quorum > keys.length) {
    throw invalid(['quorum'], `the quorum is a whole number from 1 to ${keys.length}`)
  }
  return Object.freeze({ witnesses: Object.freeze(keys), quorum })
}

function invalid(path: readonly (string | number)[], message: string): LedgerError {
  return new LedgerError('INVALID_INPUT', `not a witness policy: ${message}`, [
    { code: 'invalid_witness_policy', path: ['policy', ...path], message },
  ])
}

/** As `witnessPolicy`, but answers `{ success, data | issues }` with paths under `['options', 'witnesses']`. */
export function safeWitnessPolicy(input: WitnessPolicy): Result<CheckedWitnessPolicy> {
  try {
    return { success: true, data: witnessPolicy(input) }
  } catch (error) {
    if (!isLedgerError(error)) throw error
    const issues = error.issues.map((issue) => ({
      ...issue,
      path: ['options', 'witnesses', ...issue.path.slice(1)],
    }))
    return { success: false, issues }
  }
}
