import { LedgerError, type Result } from '../../errors'

/** The largest entry an entry bundle can hold: its length is a big-endian uint16. */
export const MAX_BUNDLED_ENTRY = 0xffff

/**
 * An entry bundle (C2SP tlog-tiles): each entry as a big-endian uint16 length, then its bytes.
 * Throws `INVALID_INPUT` (`entry_too_large`) for an entry of more than 65,535 bytes.
 */
export function entryBundle(entries: readonly Uint8Array[]): Uint8Array {
  let size = 0
  entries.forEach((entry, index) => {
    if (entry.length > MAX_BUNDLED_ENTRY) {
      const message = `entry ${index} is ${entry.length} bytes; an entry bundle holds at most ${MAX_BUNDLED_ENTRY}`
      throw new LedgerError('INVALID_INPUT', message, [
        { code: 'entry_too_large', path: ['entries', index], message },
      ])
    }
    size += 2 + entry.length
  })
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const entry of entries) {
    bytes[offset] = entry.length >> 8
    bytes[offset + 1] = entry.length & 0xff
    bytes.set(entry, offset + 2)
    offset += 2 + entry.length
  }
  return bytes
}

/** The entries of a bundle, or `malformed_bundle` when a length runs past its end. */
export function readEntryBundle(bytes: Uint8Array): Result<Uint8Array[]> {
  const entries: Uint8Array[] = []
  let offset = 0
  while (offset < bytes.length) {
    if (offset + 2 > bytes.length) return malformed(offset)
    const length = ((bytes[offset] as number) << 8) | (bytes[offset + 1] as number)
    if (offset + 2 + length > bytes.length) return malformed(offset)
    entries.push(bytes.slice(offset + 2, offset + 2 + length))
    offset += 2 + length
  }
  return { success: true, data: entries }
}

function malformed(offset: number): Result<never> {
  const message = `the entry at byte ${offset} runs past the end of the bundle`
  return {
    success: false,
    issues: [{ code: 'malformed_bundle', path: ['bundle', offset], message }],
  }
}
