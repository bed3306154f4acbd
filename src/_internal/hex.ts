const HEX = '0123456789abcdef'

const BYTE_HEX: readonly string[] = Array.from(
  { length: 256 },
  (_, byte) => (HEX[byte >> 4] ?? '') + (HEX[byte & 15] ?? ''),
)

/** Lower-case hexadecimal, two digits a byte, of bytes already checked to be bytes. */
export function hexOf(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i++) out += BYTE_HEX[bytes[i] as number]
  return out
}
