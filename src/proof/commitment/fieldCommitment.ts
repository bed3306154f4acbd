import { canonicalJson } from '../../events'
import type { ContentPath } from './contentLeaves'
import { hashText } from './hashText'

/**
 * The prefix byte of a field commitment. 0x00 and 0x01 are RFC 9162 leaves and nodes, 0x02
 * personal data; 0x03 and 0x04 keep field commitments and field salts apart from all of them.
 */
export const FIELD_PREFIX = 0x03

/** The prefix byte of a field salt's derivation. */
export const FIELD_SALT_PREFIX = 0x04

const NO_BYTES = new Uint8Array(0)

// Entries of one type share their paths, so each path's JSON is written once. Keys come from
// validated entry data, so the set stays small; the bound only guards against odd data.
const PATH_TEXT_LIMIT = 10_000
const pathTexts = new Map<string, string>()

/** `0x00` followed by the canonical JSON of `path`: the part of a field salt's input after the entry salt. */
function pathSuffix(path: ContentPath): string {
  // Keyed by the path's JSON, which tells apart paths a joined string would not
  // (['a\u0000b'] and ['a', 'b']); for an array of strings it is the canonical JSON too.
  const key = JSON.stringify(path)
  let text = pathTexts.get(key)
  if (text === undefined) {
    if (pathTexts.size >= PATH_TEXT_LIMIT) pathTexts.clear()
    text = `\u0000${canonicalJson(path)}`
    pathTexts.set(key, text)
  }
  return text
}

/**
 * The salt of one field: SHA-256(0x04 || entry salt || 0x00 || canonical JSON of the path).
 * Revealing it opens that field only; the entry's salt, and so every other field, stays secret.
 */
export function fieldSalt(entrySalt: string, path: ContentPath): Uint8Array {
  // The UTF-8 of joined text is the joined UTF-8, so the whole input after the prefix is one string.
  return hashText(FIELD_SALT_PREFIX, NO_BYTES, entrySalt + pathSuffix(path))
}

/**
 * The commitment to one field's value: SHA-256(0x03 || field salt || canonical JSON of the
 * value). Without the salt it says nothing about the value, however few values are possible.
 */
export function fieldDigest(salt: Uint8Array, value: unknown): Uint8Array {
  return hashText(FIELD_PREFIX, salt, canonicalJson(value))
}
