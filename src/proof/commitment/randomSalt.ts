import { SALT_SIZE } from './commitPersonalData'

/** 16 fresh bytes from `crypto.getRandomValues`, available in browsers and Node 20. */
export function randomSalt(): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(SALT_SIZE))
}

// `getRandomValues` fills at most 65,536 bytes a call.
const MAX_FILL = 65_536

/**
 * `count` fresh 16-byte salts drawn with as few `getRandomValues` calls as 64 KiB allows:
 * each call crosses into the platform's generator, which costs more than the bytes do.
 */
export function randomSalts(count: number): Uint8Array[] {
  const bytes = new Uint8Array(count * SALT_SIZE)
  for (let offset = 0; offset < bytes.length; offset += MAX_FILL) {
    globalThis.crypto.getRandomValues(bytes.subarray(offset, offset + MAX_FILL))
  }
  const salts: Uint8Array[] = []
  for (let i = 0; i < count; i++) salts.push(bytes.subarray(i * SALT_SIZE, (i + 1) * SALT_SIZE))
  return salts
}
