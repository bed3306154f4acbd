// The installable SHA-256 lives below every layer, so that content hashes in any layer (a
// policy's, a request's) use the implementation a Node entry installs; proof publishes it.
export { defaultSha256, type Sha256, setSha256, sha256, sha256Concat } from '../_internal/sha256'
