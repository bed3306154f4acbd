import { canonicalBytes } from '../../events/canonicalJson'
import { sha256Concat } from '../sha256'
import type { ContentPath } from './contentLeaves'

/**
 * The prefix byte of a field commitment. 0x00 and 0x01 are RFC 9162 leaves and nodes, 0x02
 * personal data; 0x03 and 0x04 keep field commitments and field salts apart from all of them.
 */
export const FIELD_PREFIX = 0x03

/** The prefix byte of a field salt's derivation. */
export const FIELD_SALT_PREFIX = 0x04

const encoder = new TextEncoder()
const SEPARATOR = new Uint8Array([0])

/**
 * The salt of one field: SHA-256(0x04 || entry salt || 0x00 || canonical JSON of the path).
 * Revealing it opens that field only; the entry's salt, and so every other field, stays secret.
 */
export function fieldSalt(entrySalt: string, path: ContentPath): Uint8Array {
  return sha256Concat(FIELD_SALT_PREFIX, encoder.encode(entrySalt), SEPARATOR, canonicalBytes(path))
}

/**
 * The commitment to one field's value: SHA-256(0x03 || field salt || canonical JSON of the
 * value). Without the salt it says nothing about the value, however few values are possible.
 */
export function fieldDigest(salt: Uint8Array, value: unknown): Uint8Array {
  return sha256Concat(FIELD_PREFIX, salt, canonicalBytes(value))
}
