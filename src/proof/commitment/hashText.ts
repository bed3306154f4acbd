import { sha256 } from '../sha256'

const encoder = new TextEncoder()
// One buffer, reused: every leaf and field hash of an append would otherwise allocate the
// encoded text and then a second buffer to put the prefix in front of it.
const INITIAL = 4096
const MAX_KEPT = 1 << 20
let scratch = new Uint8Array(INITIAL)

/**
 * SHA-256(prefix || head || UTF-8 of text), encoding `text` straight into a reused buffer.
 * The installed SHA-256 sees a view of that buffer and must not keep it past the call, which
 * holds for every hash function that returns its digest.
 */
export function hashText(prefix: number, head: Uint8Array, text: string): Uint8Array {
  // UTF-8 needs at most 3 bytes per UTF-16 code unit.
  const needed = 1 + head.length + 3 * text.length
  if (scratch.length < needed) scratch = new Uint8Array(Math.max(needed, 2 * scratch.length))
  scratch[0] = prefix
  scratch.set(head, 1)
  const { written } = encoder.encodeInto(text, scratch.subarray(1 + head.length))
  const digest = sha256(scratch.subarray(0, 1 + head.length + written))
  // One large document should not pin megabytes for the life of the process.
  if (scratch.length > MAX_KEPT) scratch = new Uint8Array(INITIAL)
  return digest
}
