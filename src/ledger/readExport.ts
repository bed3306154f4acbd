import * as z from 'zod'
import { LedgerError, type LedgerErrorCode } from '../errors'
import type { EntryCatalogue, EntryEnvelope } from '../events'
import { personalDataSchema } from '../events'
import {
  entryLeafHash,
  fromHex,
  MerkleLog,
  toHex,
  verifyCheckpoint,
  verifyLedger,
  verifyPersonalData,
} from '../proof'
import type { PersonalRecord, StoredCheckpoint } from '../store'
import { EXPORT_FORMAT } from './exportLedger'

/** An export that passed every check, ready to be written. */
export interface VerifiedExport {
  readonly entries: readonly EntryEnvelope[]
  readonly leaves: readonly Uint8Array[]
  readonly checkpoints: readonly StoredCheckpoint[]
  readonly personal: readonly PersonalRecord[]
  readonly root: string
}

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`))
const count = z.number().int().nonnegative()
const counts = { size: count, checkpoints: count }
const headerSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  origin: z.string(),
  ...counts,
  root: hex(32),
  personal: z.boolean(),
  entryTypes: z.record(z.string(), z.number().int().min(1)).optional(),
})
// The fields the import relies on; the rest is held to the leaf hash, which covers the whole
// entry, so the envelope can grow without breaking this reader.
const entrySchema = z.looseObject({
  org: z.string().min(1),
  personalHash: hex(32).optional(),
  seq: count,
  type: z.string().min(1),
  version: count.min(1),
})
const lineSchema = z.union([
  z.strictObject({ entry: entrySchema, leaf: hex(32) }),
  z.strictObject({ checkpoint: z.string().min(1) }),
  z.strictObject({
    personal: z.strictObject({ seq: count, salt: hex(16), people: personalDataSchema }),
  }),
  z.strictObject({ end: z.strictObject(counts) }),
])

function refuse(code: LedgerErrorCode, line: number, message: string): never {
  const issue = code === 'INVALID_INPUT' ? 'malformed_line' : 'not_verified'
  throw new LedgerError(code, `line ${line}: ${message}`, [
    { code: issue, path: ['lines', line - 1], message },
  ])
}

/**
 * Reads and checks every line of an export before anything is written: its form and order,
 * each entry against its leaf hash, each checkpoint's signature and root where it stands,
 * personal data against its commitment, the end line and the header against what came, and
 * the whole with `verifyLedger`. Every entry that commits to people must have its personal
 * line, unless a later entry records their erasure; an export without personal data is read
 * only `withoutPersonalData`. Throws a `LedgerError` naming the first bad line.
 */
export async function readExport(
  lines: AsyncIterable<string> | Iterable<string>,
  publicKey: Uint8Array | string,
  options: {
    readonly allowUnverified: boolean
    readonly withoutPersonalData: boolean
    readonly catalogue: EntryCatalogue
  },
): Promise<VerifiedExport> {
  const { allowUnverified, withoutPersonalData, catalogue } = options
  let header: z.infer<typeof headerSchema> | undefined
  let end = 0
  const entries: EntryEnvelope[] = []
  const leaves: Uint8Array[] = []
  const checkpoints: StoredCheckpoint[] = []
  const personal: PersonalRecord[] = []
  const lineOf = { entries: [] as number[], checkpoints: [] as number[] }
  const log = new MerkleLog()
  const verification: (line: number, message: string) => never = (at, message) =>
    refuse('VERIFICATION_FAILED', at, message)
  let line = 0
  let blank = 0
  for await (const text of lines) {
    line++
    if (typeof text !== 'string') refuse('INVALID_INPUT', line, 'is not a string')
    if (text.trim() === '') {
      blank ||= line
      continue
    }
    if (blank > 0) refuse('INVALID_INPUT', blank, 'is empty')
    if (end > 0) verification(line, `follows the end line ${end}`)
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      refuse('INVALID_INPUT', line, 'is not JSON')
    }
    if (header === undefined) {
      const parsed = headerSchema.safeParse(value)
      if (!parsed.success) refuse('INVALID_INPUT', line, `is not an ${EXPORT_FORMAT} header`)
      header = parsed.data
      for (const [type, schema] of Object.entries(header.entryTypes ?? {})) {
        typeIssue(catalogue, line, type, schema)
      }
      continue
    }
    const parsed = lineSchema.safeParse(value)
    if (!parsed.success) refuse('INVALID_INPUT', line, 'is no entry, checkpoint or end line')
    const item = parsed.data
    if ('entry' in item) {
      const entry = (value as { entry: EntryEnvelope }).entry
      const seq = entries.length
      if (entry.seq !== seq) verification(line, `holds entry ${entry.seq} where ${seq} belongs`)
      const leaf = entryLeafHash(entry)
      if (toHex(leaf) !== item.leaf) {
        verification(line, `entry ${seq} does not hash to the leaf beside it: one was changed`)
      }
      typeIssue(catalogue, line, entry.type, (entry as { schema?: unknown }).schema, entry)
      entries.push(entry)
      leaves.push(leaf)
      lineOf.entries.push(line)
      log.append(leaf)
    } else if ('checkpoint' in item) {
      const checked = verifyCheckpoint(item.checkpoint, publicKey)
      if (!checked.success) {
        verification(line, `the checkpoint does not verify: ${checked.issues[0]?.message}`)
      }
      const { size, root, origin } = checked.data
      if (origin !== header.origin) verification(1, `names ${header.origin}, not ${origin}`)
      if (size !== entries.length) {
        verification(line, `a checkpoint of size ${size} stands after ${entries.length} entries`)
      }
      if (toHex(log.root()) !== toHex(root)) {
        verification(line, `the ${size} entries before it do not hash to its root`)
      }
      checkpoints.push({ size, note: item.checkpoint })
      lineOf.checkpoints.push(line)
    } else if ('personal' in item) {
      const { seq, salt, people } = item.personal
      const owner = entries.at(-1)
      const commitment = owner?.seq === seq ? owner.personalHash : undefined
      if (!header.personal || commitment === undefined || personal.at(-1)?.seq === seq) {
        verification(line, `personal data of entry ${seq} does not belong here`)
      }
      if (!verifyPersonalData(people, fromHex(salt), fromHex(commitment))) {
        verification(line, `the personal data of entry ${seq} does not match its commitment`)
      }
      personal.push({ seq, salt: fromHex(salt), people })
    } else {
      if (item.end.size !== entries.length || item.end.checkpoints !== checkpoints.length) {
        verification(line, 'does not count the entries and checkpoints before it')
      }
      end = line
    }
  }
  if (header === undefined) refuse('INVALID_INPUT', 1, 'is missing: the export is empty')
  if (end === 0) verification(line + 1, 'is missing: the file was cut short')
  if (header.size !== entries.length || header.checkpoints !== checkpoints.length) {
    verification(1, `counts ${header.size} entries and ${header.checkpoints} checkpoints`)
  }
  const verified = verifyLedger(
    entries,
    checkpoints.map((c) => c.note),
    publicKey,
  )
  if (!verified.success) {
    const [where, index] = verified.issues[0]?.path ?? []
    const at = (where === 'checkpoints' ? lineOf.checkpoints : lineOf.entries)[Number(index)]
    verification(at ?? 1, verified.issues[0]?.message ?? 'does not verify')
  }
  const { verifiedSize, unverified } = verified.data
  if (unverified > 0 && !allowUnverified) {
    const first = lineOf.entries[verifiedSize] ?? 1
    verification(
      first,
      `entry ${verifiedSize} and the ${unverified - 1} after it are covered by no checkpoint; pass allowUnverified to import them`,
    )
  }
  const root = toHex(log.root())
  if (root !== header.root) verification(1, `gives the root ${header.root}, not ${root}`)
  const missing = peopleMissing(entries, personal)
  if (missing !== undefined && !withoutPersonalData) {
    const at = lineOf.entries[missing] ?? 1
    if (header.personal) {
      verification(at, `entry ${missing} names people, but their personal line is missing`)
    }
    const message = `the export holds no personal data, so entry ${missing} and every other that names people would be imported without them; export with personal: true, or pass withoutPersonalData to import it so`
    throw new LedgerError('INVALID_INPUT', `importLedger: ${message}`, [
      { code: 'personal_data_missing', path: ['options', 'withoutPersonalData'], message },
    ])
  }
  return { entries, leaves, checkpoints, personal, root }
}

/**
 * Refuses an entry type the reader does not know, or knows only at an older schema, rather
 * than importing what it would misread. A host entry is also held to the reader's schema of
 * its type: the same name defined differently elsewhere is refused, not reinterpreted.
 */
function typeIssue(
  catalogue: EntryCatalogue,
  line: number,
  type: string,
  schema: unknown,
  entry?: EntryEnvelope,
): void {
  const definition = catalogue.definition(type)
  const which = entry === undefined ? 'the export was written with' : `entry ${entry.seq} is`
  if (definition === undefined) {
    const message = `${which} a ${type}, an entry type this reader does not know; pass its definition in entryTypes`
    throw new LedgerError('INVALID_INPUT', `line ${line}: ${message}`, [
      { code: 'unknown_entry_type', path: ['lines', line - 1], message },
    ])
  }
  if (typeof schema !== 'number' || !Number.isInteger(schema) || schema > definition.schema) {
    const message = `${which} ${type} at schema ${String(schema)}; this reader knows schemas 1 to ${definition.schema}`
    throw new LedgerError('INVALID_INPUT', `line ${line}: ${message}`, [
      { code: 'unsupported_schema', path: ['lines', line - 1], message },
    ])
  }
  if (entry === undefined || catalogue.host(type) === undefined) return
  const parsed = catalogue.parse(type, schema, entry.data)
  if (!parsed.success) {
    const first = parsed.issues[0]
    const message = `entry ${entry.seq} does not fit this reader's ${type}: ${first?.path.join('.')}: ${first?.message}`
    throw new LedgerError('INVALID_INPUT', `line ${line}: ${message}`, [
      { code: 'entry_type_mismatch', path: ['lines', line - 1], message },
    ])
  }
}

/** The first entry that commits to people whom the export neither brings nor records erased. */
function peopleMissing(
  entries: readonly EntryEnvelope[],
  personal: readonly PersonalRecord[],
): number | undefined {
  const brought = new Set(personal.map((record) => record.seq))
  const erased = new Set<number>()
  for (const entry of entries) {
    if (entry.type === 'PersonalDataErased' && entry.amends !== undefined) erased.add(entry.amends)
  }
  return entries.find(
    (entry) =>
      entry.personalHash !== undefined && !brought.has(entry.seq) && !erased.has(entry.seq),
  )?.seq
}
