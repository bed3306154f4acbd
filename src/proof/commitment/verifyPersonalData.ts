import { bytesEqual } from '../bytesEqual'
import { commitPersonalData, SALT_SIZE } from './commitPersonalData'

/** True when `value` and `salt` open `commitment`; false, never a throw, for any bad input. */
export function verifyPersonalData(
  value: Uint8Array,
  salt: Uint8Array,
  commitment: Uint8Array,
): boolean {
  if (!(value instanceof Uint8Array) || !(commitment instanceof Uint8Array)) return false
  if (!(salt instanceof Uint8Array) || salt.length !== SALT_SIZE) return false
  return bytesEqual(commitPersonalData(value, salt), commitment)
}
