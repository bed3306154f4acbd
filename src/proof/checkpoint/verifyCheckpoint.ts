import type { Result } from '../../errors'
import { keyId } from '../note/keyId'
import { parseVerifierKey, type VerifierKey } from '../note/verifierKey'
import { verifyNote } from '../note/verifyNote'
import { type VerifiedCosignature, verifyCosignatures } from '../witness/verifyCosignatures'
import { safeWitnessPolicy, type WitnessPolicy } from '../witness/witnessPolicy'
import type { Checkpoint } from './checkpoint'
import { parseCheckpoint } from './parseCheckpoint'

/** What `verifyCheckpoint` checks besides the signature. */
export interface VerifyCheckpointOptions {
  /** The key name for a raw public key; by default the checkpoint's own origin. */
  readonly keyName?: string
  /** The origin the caller expects; anything else fails with `unexpected_origin`. */
  readonly origin?: string
  /**
   * Witnesses whose cosignatures the checkpoint must carry besides the log's signature: at
   * least `quorum` of them, or it fails with `quorum_not_met`; a line by one of them that does
   * not verify fails with `bad_cosignature`.
   */
  readonly witnesses?: WitnessPolicy
}

/** A checkpoint whose signature verified, with the witnesses' cosignatures that did. */
export interface VerifiedCheckpoint extends Checkpoint {
  /** The cosignatures by the policy's witnesses that verified; present only with a policy. */
  readonly cosignatures?: readonly VerifiedCosignature[]
}

/**
 * Reads a checkpoint note and succeeds only if a signature line by the given key verifies
 * (the key as raw 32 Ed25519 bytes, or as verifier key text). Issues otherwise:
 * `malformed_note`, `malformed_checkpoint`, `invalid_key`, `no_signature_for_key`,
 * `bad_signature`, `unexpected_origin`; with a witness policy, also `quorum_not_met`,
 * `bad_cosignature`, `origin_required` (a raw key and no `origin`) and the policy's own issues
 * under `['options', 'witnesses', …]`.
 *
 * @example
 * const checked = verifyCheckpoint(note, 'ledger.example/cn+1a2b3c4d+AX...')
 * if (checked.success) console.log(checked.data.size, toHex(checked.data.root))
 */
export function verifyCheckpoint(
  note: string,
  publicKey: Uint8Array | string,
  options: VerifyCheckpointOptions = {},
): Result<VerifiedCheckpoint> {
  const parsed = parseCheckpoint(note)
  if (!parsed.success) return parsed
  const { origin, size, root, extensions } = parsed.data
  const key = resolveKey(publicKey, options.keyName ?? origin)
  if (!key.success) return key
  const verified = verifyNote(note, key.data)
  if (!verified.success) return verified
  if (options.origin !== undefined && options.origin !== origin) {
    const message = `the checkpoint is from ${JSON.stringify(origin)}, not ${JSON.stringify(options.origin)}`
    return { success: false, issues: [{ code: 'unexpected_origin', path: ['origin'], message }] }
  }
  let cosignatures: readonly VerifiedCosignature[] | undefined
  if (options.witnesses !== undefined) {
    // Witnesses vouch for one history of one origin: the reader names it (or the key's name does),
    // so a log cannot show a second history under another origin signed by the same key.
    const expected = options.origin ?? (typeof publicKey === 'string' ? key.data.name : undefined)
    if (expected === undefined) {
      const message =
        'name the origin the witnesses vouch for (options.origin) when the key is raw bytes'
      return {
        success: false,
        issues: [{ code: 'origin_required', path: ['options', 'origin'], message }],
      }
    }
    if (expected !== origin) {
      const message = `the checkpoint is from ${JSON.stringify(origin)}, not ${JSON.stringify(expected)}`
      return { success: false, issues: [{ code: 'unexpected_origin', path: ['origin'], message }] }
    }
    const checkedPolicy = safeWitnessPolicy(options.witnesses)
    if (!checkedPolicy.success) return checkedPolicy
    const policy = checkedPolicy.data
    const found = verifyCosignatures(parsed.data.text, parsed.data.signatures, policy.witnesses)
    if (found.cosigned.length < policy.quorum) {
      const names = found.cosigned.map((c) => c.name).join(', ') || 'none'
      const message = `${found.cosigned.length} of the ${policy.quorum} witness cosignatures the policy needs verified (${names})`
      found.issues.push({ code: 'quorum_not_met', path: ['signatures'], message })
    }
    if (found.issues.length > 0) return { success: false, issues: found.issues }
    cosignatures = found.cosigned
  }
  return {
    success: true,
    data: {
      origin,
      size,
      root,
      ...(extensions === undefined ? {} : { extensions }),
      ...(cosignatures === undefined ? {} : { cosignatures }),
    },
  }
}

function resolveKey(publicKey: Uint8Array | string, name: string): Result<VerifierKey> {
  if (typeof publicKey === 'string') return parseVerifierKey(publicKey)
  if (!(publicKey instanceof Uint8Array) || publicKey.length !== 32) {
    const message = 'an Ed25519 public key is 32 bytes'
    return { success: false, issues: [{ code: 'invalid_key', path: ['publicKey'], message }] }
  }
  return { success: true, data: { name, keyId: keyId(name, publicKey), publicKey } }
}
