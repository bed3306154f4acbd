import { expectArray, expectObject } from '../../_internal/arguments'
import { LedgerError } from '../../errors'
import { toBase64 } from '../encoding'
import { isHash } from '../merkle/tree'
import { isLine } from '../note/noteText'

/** A log's tree head: which log, how many leaves, and the root hash over them. */
export interface Checkpoint {
  /** The log's identity, e.g. `ledger.example/cn`; usually also the signing key's name. */
  readonly origin: string
  /** The number of leaves. */
  readonly size: number
  /** The RFC 9162 root hash at `size`. */
  readonly root: Uint8Array
  /** Opaque lines after the root hash; C2SP does not recommend them, but allows them. */
  readonly extensions?: readonly string[]
}

/**
 * The C2SP tlog-checkpoint note text: origin, decimal size, base64 root hash and any
 * extension lines, each ending in a newline. Throws `INVALID_INPUT` for a field that has
 * no such form.
 */
export function checkpointText(checkpoint: Checkpoint): string {
  expectObject(checkpoint, 'checkpoint')
  const { origin, size, root, extensions = [] } = checkpoint
  expectArray(extensions, 'extensions')
  if (!isLine(origin)) throw invalid(['origin'], 'the origin must be one non-empty line of text')
  if (!Number.isSafeInteger(size) || size < 0) {
    throw invalid(['size'], 'the size must be a whole number from 0')
  }
  if (!isHash(root)) throw invalid(['root'], 'the root hash must be 32 bytes')
  extensions.forEach((line, index) => {
    if (!isLine(line)) throw invalid(['extensions', index], 'an extension is one non-empty line')
  })
  return [origin, String(size), toBase64(root), ...extensions].map((line) => `${line}\n`).join('')
}

function invalid(path: readonly (string | number)[], message: string): LedgerError {
  return new LedgerError('INVALID_INPUT', `not a checkpoint: ${message}`, [
    { code: 'invalid_checkpoint', path, message },
  ])
}
