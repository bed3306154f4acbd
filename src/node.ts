import {
  createHash,
  createPrivateKey,
  createPublicKey,
  hash,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto'
import {
  defaultEd25519,
  type Ed25519,
  hasReducedScalar,
  isStrictPublicKey,
  type Sha256,
  setEd25519,
  setSha256,
} from './proof'

/** SHA-256 from node:crypto: `crypto.hash` (Node 20.12 and later), a one-shot call about twice as fast as createHash. */
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

// node:crypto reads raw Ed25519 keys only wrapped: PKCS #8 and SPKI with the RFC 8410 OID.
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex')
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex')

// A signer holds its secret key in one array for its whole life, so the key object is kept
// beside that array and goes with it. The bytes are compared on use in case the array changed.
type CachedKey = { readonly bytes: Uint8Array; readonly key: KeyObject }
const privateKeys = new WeakMap<Uint8Array, CachedKey>()

function privateKeyObject(secretKey: Uint8Array): KeyObject {
  const cached = privateKeys.get(secretKey)
  if (cached !== undefined && Buffer.compare(cached.bytes, secretKey) === 0) return cached.key
  const der = Buffer.concat([PKCS8_PREFIX, secretKey])
  const key = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })
  der.fill(0)
  privateKeys.set(secretKey, { bytes: secretKey.slice(), key })
  return key
}

// Verifiers resolve the key afresh for every note, so public keys are cached by their bytes.
// `null` marks a key the portable check refuses. Bounded: a verifier may see many keys.
const MAX_PUBLIC_KEYS = 256
const publicKeys = new Map<string, KeyObject | null>()

function publicKeyObject(publicKey: Uint8Array): KeyObject | null {
  const hex = Buffer.from(publicKey).toString('hex')
  let key = publicKeys.get(hex)
  if (key === undefined) {
    const der = Buffer.concat([SPKI_PREFIX, publicKey])
    key = isStrictPublicKey(publicKey)
      ? createPublicKey({ key: der, format: 'der', type: 'spki' })
      : null
    const oldest = publicKeys.keys().next()
    if (publicKeys.size >= MAX_PUBLIC_KEYS && oldest.done !== true) publicKeys.delete(oldest.value)
    publicKeys.set(hex, key)
  }
  return key
}

const isKey = (bytes: unknown): bytes is Uint8Array =>
  bytes instanceof Uint8Array && bytes.length === 32

/** Ed25519 from node:crypto, with the same signatures and the same answers as the portable one. */
const nodeEd25519: Ed25519 = {
  publicKey(secretKey) {
    // Anything but a 32-byte key gets the portable implementation's own error.
    if (!isKey(secretKey)) return defaultEd25519.publicKey(secretKey)
    const spki = createPublicKey(privateKeyObject(secretKey)).export({
      format: 'der',
      type: 'spki',
    })
    return new Uint8Array(spki.subarray(SPKI_PREFIX.length))
  },
  sign(message, secretKey) {
    if (!isKey(secretKey) || !(message instanceof Uint8Array)) {
      return defaultEd25519.sign(message, secretKey)
    }
    return new Uint8Array(sign(null, message, privateKeyObject(secretKey)))
  },
  verify(signature, message, publicKey) {
    // OpenSSL checks the cofactorless equation and accepts small-order keys; the portable
    // check is cofactored and refuses them. OpenSSL's yes for a strict key and a reduced
    // scalar (checked here rather than trusting each OpenSSL version) implies the portable
    // yes, and every no is left to the portable check, which can still say yes to a signature
    // made with a small-order part. So the answers never differ; only a failing signature
    // pays the slower path.
    if (isKey(publicKey) && message instanceof Uint8Array && hasReducedScalar(signature)) {
      const key = publicKeyObject(publicKey)
      if (key === null) return false
      try {
        if (verify(null, message, key, signature)) return true
      } catch {
        // Fall through to the portable answer.
      }
    }
    return defaultEd25519.verify(signature, message, publicKey)
  },
}

/**
 * Makes every hash and every Ed25519 signature and verification the library computes use
 * Node's native crypto. The bytes and the answers are the same as the portable
 * implementations'; only the speed differs.
 *
 * @example
 * import { useNodeCrypto } from 'integrity-ledger/node'
 * useNodeCrypto()
 */
export function useNodeCrypto(): void {
  setSha256(nodeSha256)
  setEd25519(nodeEd25519)
}

export { nodeEd25519, nodeSha256 }
