import { LedgerError } from '../errors'
import { sha256Portable } from './sha256Portable'

/** A SHA-256 implementation: the whole message in, the 32-byte digest out. */
export type Sha256 = (data: Uint8Array) => Uint8Array

/** The portable implementation, in plain JavaScript: small enough for a page that only checks a proof. */
export const defaultSha256: Sha256 = sha256Portable

// Kept on globalThis under a registered symbol so that every bundled copy of this module
// (the ESM and CJS builds, each package entry) sees the implementation a Node entry installs.
const PROVIDER: unique symbol = Symbol.for('integrity-ledger.sha256')
type ProviderSlot = { [PROVIDER]?: Sha256 }

/** SHA-256 through the installed implementation (`defaultSha256` unless `setSha256` said otherwise). */
export function sha256(data: Uint8Array): Uint8Array {
  return ((globalThis as ProviderSlot)[PROVIDER] ?? defaultSha256)(data)
}

/**
 * Installs the implementation every hash in this library uses, e.g. `node:crypto` in Node,
 * and returns the one it replaces so a caller can put it back.
 */
export function setSha256(implementation: Sha256): Sha256 {
  if (typeof implementation !== 'function') {
    throw new LedgerError('INVALID_INPUT', 'a SHA-256 implementation must be a function', [
      { code: 'not_a_function', path: [], message: 'expected (data: Uint8Array) => Uint8Array' },
    ])
  }
  const slot = globalThis as ProviderSlot
  const previous = slot[PROVIDER] ?? defaultSha256
  slot[PROVIDER] = implementation
  return previous
}

/** SHA-256 of one prefix byte followed by `parts`, assembled in a single buffer. */
export function sha256Concat(prefix: number, ...parts: readonly Uint8Array[]): Uint8Array {
  let length = 1
  for (const part of parts) length += part.length
  const message = new Uint8Array(length)
  message[0] = prefix
  let offset = 1
  for (const part of parts) {
    message.set(part, offset)
    offset += part.length
  }
  return sha256(message)
}
