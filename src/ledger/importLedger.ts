import * as z from 'zod'
import { checkArgument, hasMethods } from '../_internal/arguments'
import { fromZodIssues } from '../_internal/issues'
import { LedgerError } from '../errors'
import { builtInCatalogue, type EntryCatalogue } from '../events'
import type { EventStore } from '../store'
import { type ImportSource, importLines } from './importLines'
import { readExport } from './readExport'

/** What `importLedger` needs to trust an export. */
export interface ImportOptions {
  /** The ledger's Ed25519 public key (32 bytes) or verifier key text. */
  readonly publicKey: Uint8Array | string
  /** Imports entries no checkpoint covers yet, checked against the header only (default false). */
  readonly allowUnverified?: boolean
  /** Entries per append to the store (default 1,000). */
  readonly batchSize?: number
  /**
   * Imports entries that name people without those people: an export made without personal
   * data, which the store then holds none of (default false, and such an export is refused).
   */
  readonly withoutPersonalData?: boolean
  /**
   * The entry types to read with: the importing ledger's `entryTypes`, or
   * `entryCatalogue(hostTypes)`. An export with a type they do not know is refused.
   */
  readonly entryTypes?: EntryCatalogue
}

/** What an import wrote. */
export interface ImportResult {
  readonly entries: number
  readonly checkpoints: number
  readonly personal: number
  /** Lower-case hex Merkle root of the imported log. */
  readonly root: string
}

const optionsSchema = z.strictObject({
  publicKey: z.union([z.instanceof(Uint8Array), z.string().min(1)]),
  allowUnverified: z.boolean().optional(),
  batchSize: z.number().int().min(1).max(100_000).optional(),
  withoutPersonalData: z.boolean().optional(),
  entryTypes: z
    .custom<EntryCatalogue>(hasMethods('definition', 'host', 'parse'), {
      message: "must be a ledger's entryTypes, or entryCatalogue(hostTypes)",
    })
    .optional(),
})

const storeSchema = z.custom<EventStore>(hasMethods('append', 'head', 'checkpoints'), {
  message: 'must be an event store, such as memoryStore()',
})

/**
 * Reads an export, as `ledger.export()` writes it, into an empty store: from its lines (an
 * array, a `readline` interface, any iterable or async iterable of strings, with or without
 * their line feeds) or its text (a string, bytes, a Node or web readable stream). Every line
 * is checked before anything is written: its form and order, each entry against its leaf
 * hash, each checkpoint's signature and root, personal data against its commitment (every
 * entry that names people must bring them, unless they were erased or `withoutPersonalData`
 * is set), the header's counts and root, then the whole with `verifyLedger`.
 * A tampered or truncated file throws a `LedgerError` naming the first bad line
 * (`INVALID_INPUT` for a line that does not parse, `VERIFICATION_FAILED` for one that does
 * not verify) and leaves the store untouched. A store that holds anything is refused.
 *
 * @example
 * const lines = createInterface({ input: createReadStream('ledger.jsonl') })
 * await importLedger(sqliteStore({ file: 'register.db' }), lines, { publicKey })
 */
export async function importLedger(
  store: EventStore,
  source: ImportSource,
  options: ImportOptions,
): Promise<ImportResult> {
  // Before anything is awaited: a readline interface emits lines whether or not anyone listens.
  const lines = importLines(source)
  checkArgument(storeSchema, store, 'store')
  const parsed = optionsSchema.safeParse(options)
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues, ['options'])
    const detail = issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new LedgerError('INVALID_INPUT', `importLedger: ${detail}`, issues)
  }
  const { publicKey, allowUnverified = false, batchSize = 1000 } = parsed.data
  const withoutPersonalData = parsed.data.withoutPersonalData === true
  await mustBeEmpty(store)
  const catalogue = parsed.data.entryTypes ?? builtInCatalogue
  const verified = await readExport(lines, publicKey, {
    allowUnverified,
    withoutPersonalData,
    catalogue,
  })
  await mustBeEmpty(store)
  const { entries, leaves, personal } = verified
  let held = 0
  for (let from = 0; from < entries.length; from += batchSize) {
    const to = Math.min(from + batchSize, entries.length)
    const first = held
    while (held < personal.length && (personal[held]?.seq ?? to) < to) held++
    const outcome = await store.append({
      entries: entries.slice(from, to),
      personal: personal.slice(first, held),
      leaves: leaves.slice(from, to),
    })
    if (outcome.status !== 'committed') {
      throw new LedgerError(
        'STORE_FAILURE',
        `another writer appended to the store during the import, at entry ${from}`,
      )
    }
  }
  for (const checkpoint of verified.checkpoints) await store.saveCheckpoint(checkpoint)
  return {
    entries: entries.length,
    checkpoints: verified.checkpoints.length,
    personal: personal.length,
    root: verified.root,
  }
}

async function mustBeEmpty(store: EventStore): Promise<void> {
  const head = await store.head()
  const checkpoints = (await store.checkpoints()).length
  if (head > 0 || checkpoints > 0) {
    throw new LedgerError(
      'INVALID_INPUT',
      `importLedger writes only into an empty store; this one holds ${head} entries and ${checkpoints} checkpoints`,
      [{ code: 'store_not_empty', path: ['store'], message: 'the store is not empty' }],
    )
  }
}
