import * as z from 'zod'
import { fromZodIssues } from '../_internal/issues'
import { LedgerError } from '../errors'
import { type Signer, signCheckpoint, toHex } from '../proof'
import { catchUp, type LedgerState } from './ledgerState'

/** What the first line of an export says it is. */
export const EXPORT_FORMAT = 'integrity-ledger/export'

/** How `ledger.export()` writes. */
export interface ExportOptions {
  /** Adds the people entries name, with their salts, as `personal` lines (default false). */
  readonly personal?: boolean
  /**
   * Signs and keeps a checkpoint of the exported size first, when none covers it yet, so
   * every exported entry can be verified (default true; needs the ledger's signer).
   */
  readonly checkpoint?: boolean
  /** Entries read from the store at a time (default 1,000). */
  readonly pageSize?: number
}

/** What the export reads: the ledger's state and how to sign. */
export interface ExportSource {
  readonly state: LedgerState
  readonly ready: () => Promise<void>
  readonly signer: Signer | undefined
  readonly origin: string
}

const optionsSchema = z
  .strictObject({
    personal: z.boolean().optional(),
    checkpoint: z.boolean().optional(),
    pageSize: z.number().int().min(1).max(100_000).optional(),
  })
  .optional()

/**
 * The ledger as JSON Lines, one string per line without its line feed: a header
 * `{"format":"integrity-ledger/export","version":1,...}` naming the size and root, then each
 * entry as `{"entry":{...},"leaf":"<hex>"}` in seq order, with each checkpoint
 * `{"checkpoint":"<note>"}` right after the entry that completes its tree, and last
 * `{"end":{"size":N,"checkpoints":K}}`, whose absence shows a file cut short. The cut is the
 * ledger's size when the export starts; later appends are not in it. A ledger with host types
 * names them in the header, `"entryTypes":{"town.WorkPlanFiled":1}`, with their schema versions.
 */
export function exportLedger(source: ExportSource, rawOptions: unknown): AsyncIterable<string> {
  const parsed = optionsSchema.safeParse(rawOptions)
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues, ['options'])
    const detail = issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new LedgerError('INVALID_INPUT', `export: ${detail}`, issues)
  }
  return lines(source, parsed.data ?? {})
}

async function* lines(
  source: ExportSource,
  options: z.infer<typeof optionsSchema> & object,
): AsyncGenerator<string> {
  const { state, signer, origin } = source
  await source.ready()
  const size = await state.writes.run(async () => {
    await catchUp(state)
    const at = state.merkle.size
    const kept = await state.store.checkpoints()
    if (signer && options.checkpoint !== false && !kept.some((c) => c.size === at)) {
      const note = signCheckpoint({ origin, size: at, root: state.merkle.root() }, signer)
      await state.store.saveCheckpoint({ size: at, note })
    }
    return at
  })
  const checkpoints = (await state.store.checkpoints()).filter((c) => c.size <= size)
  const personal = options.personal === true
  const root = toHex(state.merkle.rootAt(size))
  const header = { format: EXPORT_FORMAT, version: 1, origin, size, root }
  // The host types the ledger writes with, so a reader without them refuses the file at once.
  const hostTypes = state.catalogue.hostTypes
  const entryTypes =
    hostTypes.length === 0
      ? {}
      : { entryTypes: Object.fromEntries(hostTypes.map((type) => [type.type, type.schema])) }
  yield JSON.stringify({ ...header, checkpoints: checkpoints.length, personal, ...entryTypes })
  let next = 0
  function* checkpointsUpTo(at: number): Generator<string> {
    for (; next < checkpoints.length && (checkpoints[next]?.size ?? 0) <= at; next++) {
      yield JSON.stringify({ checkpoint: checkpoints[next]?.note })
    }
  }
  yield* checkpointsUpTo(0)
  let seq = 0
  for await (const page of state.store.readAll({ from: 0, pageSize: options.pageSize ?? 1000 })) {
    for (const entry of page) {
      if (seq === size) break
      yield JSON.stringify({ entry, leaf: toHex(state.merkle.leaf(seq)) })
      if (personal && entry.personalHash !== undefined) {
        const held = await state.store.readPersonal(seq)
        if (held) {
          const record = { seq, salt: toHex(held.salt), people: held.people }
          yield JSON.stringify({ personal: record })
        }
      }
      seq++
      yield* checkpointsUpTo(seq)
    }
    if (seq === size) break
  }
  if (seq < size) {
    throw new LedgerError('STORE_FAILURE', `the store gave ${seq} entries of the ${size} exported`)
  }
  yield JSON.stringify({ end: { size, checkpoints: checkpoints.length } })
}
