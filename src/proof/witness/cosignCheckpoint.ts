import { expectArray, expectObject } from '../../_internal/arguments'
import { fromZodIssues } from '../../_internal/issues'
import { type Issue, LedgerError, type PlainIssueCode } from '../../errors'
import { verifyCheckpoint } from '../checkpoint/verifyCheckpoint'
import { currentEd25519 } from '../ed25519'
import { decodeBase64, toBase64 } from '../encoding'
import { isHash } from '../merkle/tree'
import { verifyConsistency } from '../merkle/verifyConsistency'
import { COSIGNATURE_V1, isKeyName, keyId } from '../note/keyId'
import type { Signer } from '../note/signer'
import { cosignatureLine } from './cosignatureLine'
import { cosignedMessage, isTimestamp } from './cosignedMessage'
import { MAX_ORIGIN, type WitnessState, witnessStateSchema } from './witnessState'

/** What a witness is asked to cosign, and what it knows. */
export interface CosignRequest {
  /** The log's checkpoint note, signed by the log. */
  readonly checkpoint: string
  /**
   * The log's verifier key text, as the witness's operator configured it for this log (never as
   * the sender of the request says): the witness cosigns only what that key signed, and keeps
   * to the key it first cosigned an origin under (`log_key_changed`).
   */
  readonly log: string
  /** The witness's own key. */
  readonly witness: Signer
  /** Now, in whole seconds since the epoch: the cosignature's timestamp. */
  readonly time: number
  /** What the witness cosigned before; `emptyWitnessState` the first time. */
  readonly state: WitnessState
  /**
   * The RFC 9162 consistency proof from the size the witness last cosigned for this log to
   * the checkpoint's size; not needed the first time or when the size has not changed.
   */
  readonly proof?: readonly Uint8Array[]
}

/** The cosigned checkpoint, the line added, and the state to keep for the next request. */
export interface Cosigned {
  /** The checkpoint note with the witness's cosignature line added (any earlier one by it replaced). */
  readonly note: string
  /** The `cosignature/v1` signature line alone. */
  readonly line: string
  readonly state: WitnessState
}

/**
 * Cosigns a log's checkpoint as a witness (C2SP tlog-cosignature, `cosignature/v1`) after
 * checking what a witness vouches for: the log signed it, and it is consistent with the
 * largest checkpoint this witness cosigned for that log before: not smaller
 * (`checkpoint_rolled_back`), the same root at the same size, and a consistency proof that
 * verifies when it grew (`inconsistent_checkpoint`, `consistency_proof_missing`). A time
 * before the last cosignature's is refused (`CLOCK_BEHIND`). Throws `VERIFICATION_FAILED`
 * for a checkpoint it will not vouch for, `INVALID_INPUT` for a malformed request; either way
 * nothing is signed and the state given is unchanged.
 *
 * @example
 * const { note, state } = cosignCheckpoint({ checkpoint, log: logKey, witness, time, state: saved })
 */
export function cosignCheckpoint(request: CosignRequest): Cosigned {
  expectObject(request, 'request')
  const { checkpoint, log, witness, time, state, proof = [] } = request
  expectObject(witness, 'request.witness')
  const witnessKey: unknown = witness.publicKey
  if (
    !isKeyName(witness.name) ||
    typeof witness.sign !== 'function' ||
    !(witnessKey instanceof Uint8Array) ||
    witnessKey.length !== 32
  ) {
    throw invalid(
      ['witness'],
      'a witness is a signer: a key name, a 32-byte public key, a sign function',
    )
  }
  if (!isTimestamp(time)) {
    const message = 'the time is whole seconds since the epoch'
    throw new LedgerError('INVALID_INPUT', message, [
      issue('invalid_timestamp', ['request', 'time'], message),
    ])
  }
  const checkedState = witnessStateSchema.safeParse(state)
  if (!checkedState.success) {
    const issues = fromZodIssues(checkedState.error.issues, ['request', 'state'])
    throw new LedgerError('INVALID_INPUT', `not a witness state: ${issues[0]?.message}`, issues)
  }
  expectArray(proof, 'request.proof')
  if (typeof log !== 'string') {
    const message = "the log's key is its verifier key text"
    throw new LedgerError('INVALID_INPUT', message, [
      issue('invalid_key', ['request', 'log'], message),
    ])
  }
  const logKey = log
  if (!proof.every(isHash)) {
    const message = 'a consistency proof is a list of 32-byte hashes'
    throw new LedgerError('INVALID_INPUT', message, [
      issue('malformed_proof', ['request', 'proof'], message),
    ])
  }
  const verified = verifyCheckpoint(checkpoint, log)
  if (!verified.success) {
    // A note or key that does not parse is the request's fault; a signature that fails is the log's.
    const malformed = verified.issues.some(
      (i) => i.code !== 'no_signature_for_key' && i.code !== 'bad_signature',
    )
    if (malformed)
      throw new LedgerError('INVALID_INPUT', 'not a checkpoint note and log key', verified.issues)
    throw refused('the log did not sign this checkpoint', verified.issues)
  }
  const { origin, size, root } = verified.data
  if (origin.length > MAX_ORIGIN) {
    const message = `an origin of more than ${MAX_ORIGIN} characters is not one a witness keeps`
    throw new LedgerError('INVALID_INPUT', message, [
      issue('invalid_checkpoint', ['origin'], message),
    ])
  }
  const logs = checkedState.data.logs
  const before = Object.hasOwn(logs, origin) ? logs[origin] : undefined
  if (before !== undefined && before.key !== logKey) {
    const message = `the witness follows ${origin} under another key; it will not take a second one for it`
    throw refused(message, [issue('log_key_changed', ['request', 'log'], message)])
  }
  if (before !== undefined) {
    if (time < before.timestamp) {
      const message = `the witness's clock reads ${time}, before its last cosignature at ${before.timestamp}`
      throw new LedgerError('CLOCK_BEHIND', message, [
        issue('clock_behind', ['request', 'time'], message),
      ])
    }
    if (size < before.size) {
      const message = `the log shows size ${size} after the witness cosigned size ${before.size}`
      throw refused(message, [issue('checkpoint_rolled_back', ['size'], message)])
    }
    const earlierRoot = decodeBase64(before.root) as Uint8Array
    if (size > before.size && proof.length === 0) {
      const message = `a consistency proof from size ${before.size} to ${size} is needed`
      throw new LedgerError('INVALID_INPUT', message, [
        issue('consistency_proof_missing', ['request', 'proof'], message),
      ])
    }
    if (!verifyConsistency(before.size, size, earlierRoot, root, proof)) {
      const message = `the checkpoint of size ${size} is not consistent with the one of size ${before.size} the witness cosigned`
      throw refused(message, [issue('inconsistent_checkpoint', ['root'], message)])
    }
  }
  const text = checkpoint.slice(0, checkpoint.lastIndexOf('\n\n') + 1)
  const signature = witness.sign(cosignedMessage(text, time))
  if (!(signature instanceof Uint8Array) || signature.length !== 64) {
    throw invalid(['witness'], 'an Ed25519 signature is 64 bytes')
  }
  const message = cosignedMessage(text, time)
  if (!currentEd25519().verify(signature, message, witnessKey)) {
    throw invalid(['witness'], 'the witness signed with another key than its public key')
  }
  const id = keyId(witness.name, witnessKey, COSIGNATURE_V1)
  const line = cosignatureLine(witness.name, id, time, signature)
  return {
    note: withLine(checkpoint, witness.name, id, line),
    line,
    state: {
      logs: {
        ...checkedState.data.logs,
        [origin]: { size, root: toBase64(root), timestamp: time, key: logKey },
      },
    },
  }
}

/** The note with `line` added, after dropping any earlier line by the same name and key ID. */
function withLine(note: string, name: string, id: number, line: string): string {
  const split = note.lastIndexOf('\n\n')
  const prefix = `\u2014 ${name} `
  const kept = note
    .slice(split + 2, -1)
    .split('\n')
    .filter((existing) => !(existing.startsWith(prefix) && lineKeyId(existing, prefix) === id))
  return `${note.slice(0, split + 2)}${kept.map((l) => `${l}\n`).join('')}${line}`
}

function lineKeyId(line: string, prefix: string): number | undefined {
  const bytes = decodeBase64(line.slice(prefix.length))
  if (bytes === undefined || bytes.length < 4) return undefined
  return new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0)
}

function issue(code: PlainIssueCode, path: readonly (string | number)[], message: string): Issue {
  return { code, path, message }
}

function refused(message: string, issues: readonly Issue[]): LedgerError {
  return new LedgerError('VERIFICATION_FAILED', `the witness will not cosign: ${message}`, issues)
}

function invalid(path: readonly (string | number)[], message: string): LedgerError {
  return new LedgerError('INVALID_INPUT', message, [
    issue('invalid_signer', ['request', ...path], message),
  ])
}
