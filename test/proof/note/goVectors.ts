// Test helpers, not a test file: published example keys and notes of the Go reference
// implementation of signed notes (golang.org/x/mod/sumdb/note), used here as facts.

/** The verifier key of the Go package documentation's example. */
export const PETER_VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW'

/** The matching secret key: its fifth "+"-separated field is base64(0x01 || 32-byte seed). */
export const PETER_SKEY =
  'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz'

export const PETER_TEXT =
  "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"

export const PETER_NOTE: string = `${PETER_TEXT}\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`

/** A second published example key and note. */
export const FOO_VKEY = 'example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k'

export const FOO_NOTE =
  'This is an example message.\n\n\u2014 example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n'

/** The Ed25519 seed inside PETER_SKEY. */
export function peterSecretKey(): Uint8Array {
  const encoded = PETER_SKEY.split('+').slice(4).join('+')
  return new Uint8Array(Buffer.from(encoded, 'base64')).slice(1)
}
