import { SALT_SIZE } from './commitPersonalData'

/** 16 fresh bytes from `crypto.getRandomValues`, available in browsers and Node 20. */
export function randomSalt(): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(SALT_SIZE))
}
