import { toBase64 } from '../encoding'
import type { NoteSignature } from '../note/parseNote'

/** A cosignature's bytes after its key ID: a big-endian u64 timestamp, then 64 signature bytes. */
export const COSIGNATURE_SIZE = 72

/** The signature line `— <name> base64(key ID || timestamp || signature)`. */
export function cosignatureLine(
  name: string,
  keyId: number,
  timestamp: number,
  signature: Uint8Array,
): string {
  const bytes = new Uint8Array(4 + COSIGNATURE_SIZE)
  const view = new DataView(bytes.buffer)
  view.setUint32(0, keyId)
  view.setBigUint64(4, BigInt(timestamp))
  bytes.set(signature, 12)
  return `\u2014 ${name} ${toBase64(bytes)}\n`
}

/** The timestamp and signature of a cosignature line, or `undefined` when it has not their size. */
export function readCosignature(
  line: NoteSignature,
): { readonly timestamp: number; readonly signature: Uint8Array } | undefined {
  if (line.signature.length !== COSIGNATURE_SIZE) return undefined
  const view = new DataView(line.signature.buffer, line.signature.byteOffset, 8)
  const timestamp = view.getBigUint64(0)
  if (timestamp > BigInt(Number.MAX_SAFE_INTEGER)) return undefined
  return { timestamp: Number(timestamp), signature: line.signature.slice(8) }
}
