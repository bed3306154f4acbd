import { LedgerError } from '../../errors'
import { sha256Concat } from '../sha256'

/**
 * The prefix byte of a personal-data commitment. RFC 9162 uses 0x00 for leaves and 0x01 for
 * nodes; 0x02 keeps a commitment from ever being read as either.
 */
export const PERSONAL_DATA_PREFIX = 0x02

/** Bytes in a salt; fixed, so that salt and value cannot trade bytes across the boundary. */
export const SALT_SIZE = 16

/**
 * The salted commitment SHA-256(0x02 || salt || value) that a leaf holds in place of personal
 * data. Erasing the salt and the value leaves the commitment unopenable while every proof
 * over the leaf still verifies. Throws `INVALID_INPUT` unless the salt is 16 bytes.
 */
export function commitPersonalData(value: Uint8Array, salt: Uint8Array): Uint8Array {
  if (!(salt instanceof Uint8Array) || salt.length !== SALT_SIZE) {
    const message = `a salt is ${SALT_SIZE} bytes`
    throw new LedgerError('INVALID_INPUT', message, [
      { code: 'invalid_salt', path: ['salt'], message },
    ])
  }
  return sha256Concat(PERSONAL_DATA_PREFIX, salt, value)
}
