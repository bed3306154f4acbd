import { contentHash } from '../events'
import type { PolicyDocument } from './policy'

/** The identity of a policy: the content hash of its document (SHA-256 of its canonical JSON, hex). */
export function policyHash(document: PolicyDocument): string {
  return contentHash(document)
}
