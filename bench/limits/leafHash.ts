import { hash } from 'node:crypto'

/**
 * SHA-256(0x00 || UTF-8 of `json`), the RFC 9162 leaf hash, in one native call: a leading NUL
 * character encodes as the single byte 0x00, so no buffer is assembled in JavaScript.
 */
export function leafHashOf(json: string): Buffer {
  return hash('sha256', `\0${json}`, 'buffer') as unknown as Buffer
}
