import { createHash, hash } from 'node:crypto'
import { type Sha256, setSha256 } from './proof'

// `crypto.hash` (Node 20.12 and later) is a one-shot call about twice as fast as createHash.
const nodeSha256: Sha256 =
  typeof hash === 'function'
    ? (data) => {
        const digest = hash('sha256', data, 'buffer') as unknown as Uint8Array
        return new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength)
      }
    : (data) => {
        const digest = createHash('sha256').update(data).digest()
        return new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength)
      }

/**
 * Makes every hash the library computes use Node's native SHA-256. The bytes are the same
 * as the portable implementation's; only the speed differs.
 *
 * @example
 * import { useNodeCrypto } from 'integrity-ledger/node'
 * useNodeCrypto()
 */
export function useNodeCrypto(): void {
  setSha256(nodeSha256)
}

export { nodeSha256 }
