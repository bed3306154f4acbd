// What the docs' TypeScript fragments take as given: the values a page sets up once, or that
// the reader's own code holds. scripts/check-doc-snippets.mjs type-checks every ```ts block
// with these in scope; a page that declares its own shadows them.
import type { Entry, EntryInput, EventStore, Ledger, Signer } from 'integrity-ledger'

declare global {
  /** A ledger, opened as in the README. */
  const ledger: Ledger
  /** The store the ledger was opened on. */
  const store: EventStore
  /** The registry's signer, as in the README. */
  const signer: Signer
  /** An organization's id: a USCC or a filing id. */
  const org: string
  /** An entry as the store holds it. */
  const stored: Entry
  /** One organization's entries, in order, as the store holds them. */
  const entries: readonly Entry[]
  /** An entry to append. */
  const input: EntryInput
  /** Entries to append together, of one organization or several. */
  const inputs: readonly EntryInput[]
  /** A value parsed from JSON, not yet checked. */
  const json: unknown
}
