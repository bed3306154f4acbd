import { expectBytes, expectString } from '../_internal/arguments'
import { hexOf } from '../_internal/hex'
import { LedgerError } from '../errors'

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const BASE64_VALUE: Readonly<Record<string, number>> = Object.fromEntries(
  [...BASE64].map((char, value) => [char, value]),
)

/** Lower-case hexadecimal, two digits a byte. */
export function toHex(bytes: Uint8Array): string {
  expectBytes(bytes, 'bytes')
  return hexOf(bytes)
}

/** Reads hexadecimal in either case; throws `INVALID_INPUT` on odd length or a non-hex digit. */
export function fromHex(hex: string): Uint8Array {
  expectString(hex, 'hex')
  const bytes = decodeHex(hex)
  if (bytes === undefined) throw malformed('hex', 'not an even number of hexadecimal digits')
  return bytes
}

/** Standard base64 of RFC 4648 section 4, with padding. */
export function toBase64(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const rest = bytes.length - i
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    out += BASE64[(n >> 18) & 63]
    out += BASE64[(n >> 12) & 63]
    out += rest > 1 ? BASE64[(n >> 6) & 63] : '='
    out += rest > 2 ? BASE64[n & 63] : '='
  }
  return out
}

/**
 * Reads canonical standard base64 only (padding required, unused bits zero, no white space),
 * so one byte string has one text form and a changed character never decodes to the same
 * bytes; throws `INVALID_INPUT` otherwise.
 */
export function fromBase64(text: string): Uint8Array {
  expectString(text, 'text')
  const bytes = decodeBase64(text)
  if (bytes === undefined) throw malformed('base64', 'not canonical padded standard base64')
  return bytes
}

/** `fromHex` that answers `undefined` instead of throwing. */
export function decodeHex(hex: string): Uint8Array | undefined {
  if (hex.length % 2 !== 0) return undefined
  const bytes = new Uint8Array(hex.length / 2)
  for (let i = 0; i < bytes.length; i++) {
    const high = nibble(hex.charCodeAt(2 * i))
    const low = nibble(hex.charCodeAt(2 * i + 1))
    if (high < 0 || low < 0) return undefined
    bytes[i] = (high << 4) | low
  }
  return bytes
}

/** The value of one hexadecimal digit's character code, or -1. */
function nibble(code: number): number {
  if (code >= 48 && code <= 57) return code - 48 // 0-9
  if (code >= 97 && code <= 102) return code - 87 // a-f
  if (code >= 65 && code <= 70) return code - 55 // A-F
  return -1
}

/** `fromBase64` that answers `undefined` instead of throwing. */
export function decodeBase64(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0) return undefined
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  const bytes = new Uint8Array((text.length / 4) * 3 - padding)
  let written = 0
  for (let i = 0; i < text.length; i += 4) {
    const last = i + 4 === text.length
    let n = 0
    for (let j = 0; j < 4; j++) {
      const char = text[i + j] ?? ''
      const value = BASE64_VALUE[char]
      const isPadding = char === '=' && last && j >= 4 - padding
      if (value === undefined && !isPadding) return undefined
      n = (n << 6) | (value ?? 0)
    }
    const group = [(n >> 16) & 255, (n >> 8) & 255, n & 255]
    const keep = last ? 3 - padding : 3
    // Canonical form: the bits padding leaves unused must be zero.
    if (group.slice(keep).some((byte) => byte !== 0)) return undefined
    for (let k = 0; k < keep; k++) bytes[written++] = group[k] ?? 0
  }
  return bytes
}

function malformed(encoding: 'hex' | 'base64', message: string): LedgerError {
  const code = encoding === 'hex' ? 'invalid_hex' : 'invalid_base64'
  return new LedgerError('INVALID_INPUT', `cannot decode ${encoding}: ${message}`, [
    { code, path: [], message },
  ])
}
