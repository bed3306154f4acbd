import { canonicalJson } from '../../events'
import { toHex } from '../encoding'
import { NOT_POSITION } from './committedLeafHash'
import { CONTENT_FIELDS, isSplittable, MAX_DEPTH } from './contentLeaves'
import { fieldDigest, fieldSalt } from './fieldCommitment'
import { hashText } from './hashText'

const NO_BYTES = new Uint8Array(0)

/**
 * `committedLeafHash(entry, entryCommitments(entry))` without building the commitment tree:
 * the leaf's canonical JSON is written in one pass, in the order the tree would be sorted
 * into, because this runs once per appended, imported or verified entry.
 */
export function saltedLeafHash(entry: object & { readonly salt: string }): Uint8Array {
  return hashText(0x00, NO_BYTES, saltedLeafText(entry))
}

/**
 * The text a salted entry's leaf hashes: the canonical JSON of its position fields and the
 * tree of its field commitments. It shows no content and no salt, so a log can publish it (as
 * its tiled entry bundles do) while every field stays hidden behind its commitment.
 */
export function saltedLeafText(entry: object & { readonly salt: string }): string {
  const record = entry as Record<string, unknown>
  const keys = ['commitments']
  for (const key of Object.keys(record)) {
    if (!NOT_POSITION.has(key) && record[key] !== undefined) keys.push(key)
  }
  keys.sort()
  let text = '{'
  for (const key of keys) {
    if (text.length > 1) text += ','
    text += `${JSON.stringify(key)}:`
    text += key === 'commitments' ? commitmentsText(record, entry.salt) : canonicalJson(record[key])
  }
  return `${text}}`
}

/** The canonical JSON of `entryCommitments(entry)`. */
function commitmentsText(record: Record<string, unknown>, salt: string): string {
  const content: Record<string, unknown> = {}
  for (const key of CONTENT_FIELDS) if (record[key] !== undefined) content[key] = record[key]
  // Content with no field is one leaf at the empty path, which a tree cannot hold: `{}`.
  return isSplittable(content) ? objectText(content, [], salt) : '{}'
}

function objectText(value: Record<string, unknown>, path: string[], salt: string): string {
  let text = '{'
  for (const key of Object.keys(value).sort()) {
    const item = value[key]
    if (item === undefined) continue
    if (text.length > 1) text += ','
    path.push(key)
    text += `${JSON.stringify(key)}:`
    text +=
      path.length < MAX_DEPTH && isSplittable(item)
        ? objectText(item, path, salt)
        : `"${toHex(fieldDigest(fieldSalt(salt, path), item))}"`
    path.pop()
  }
  return `${text}}`
}
