import * as z from 'zod'
import { fromZodIssues } from '../_internal/issues'
import type { Issue, Result } from '../errors'
import type { Entry } from '../events'
import { contentHash } from '../events'
import { fromHex, toHex, verifyPersonalData } from '../proof'
import type { IdempotencyRecord } from '../store'
import { commitAppend } from './commitAppend'
import { type ValidInput, validateInputs } from './entryInput'
import type { ExpectedVersions } from './expectedVersion'
import { catchUp, type LedgerState } from './ledgerState'
import { migrationModeIssues } from './migrationMode'

/** How an append should guard itself. */
export interface AppendOptions {
  /** What each stream must look like before the batch: see `ExpectedVersion`. */
  readonly expectedVersion?: ExpectedVersions
  /** A repeat of the same key returns the first result and writes nothing. */
  readonly idempotencyKey?: string
  /**
   * Migration mode, for records carried over from another system: every input must carry
   * `migrated`, and outside this mode none may.
   */
  readonly migration?: boolean
}

/** What an append wrote, and the tree it grew. */
export interface AppendResult {
  /** The entries as stored, with their positions. */
  readonly entries: readonly Entry[]
  /** Tree size right after this batch. */
  readonly size: number
  /** Lower-case hex Merkle root at `size`. */
  readonly root: string
}

const expectation = z.union([
  z.enum(['any', 'no_stream', 'stream_exists']),
  z.number().int().nonnegative(),
])
const optionsSchema = z
  .strictObject({
    expectedVersion: z.union([expectation, z.record(z.string(), expectation)]).optional(),
    idempotencyKey: z.string().min(1).max(200).optional(),
    migration: z.boolean().optional(),
  })
  .optional()

/** Validates, checks the invariants, numbers, hashes and commits one call's entries. */
export async function append(
  state: LedgerState,
  raw: unknown,
  rawOptions: unknown,
): Promise<Result<AppendResult>> {
  const parsedOptions = optionsSchema.safeParse(rawOptions)
  if (!parsedOptions.success) {
    return failure(fromZodIssues(parsedOptions.error.issues, ['options']))
  }
  const options = parsedOptions.data ?? {}
  const valid = validateInputs(raw, state.catalogue)
  if (!valid.success) return valid
  const inputs = valid.data
  const migration = options.migration === true
  const mode = migrationModeIssues(inputs, migration, Array.isArray(raw))
  if (mode.length > 0) return failure(mode)
  const key = options.idempotencyKey
  const requestHash =
    key === undefined ? '' : hashRequest(inputs, options.expectedVersion, migration)
  return state.writes.run(() =>
    commitAppend(state, {
      inputs,
      expected: options.expectedVersion,
      batch: Array.isArray(raw),
      key,
      requestHash,
      replay: (seen) => replay(state, seen, requestHash, inputs),
    }),
  )
}

async function replay(
  state: LedgerState,
  seen: IdempotencyRecord,
  requestHash: string,
  inputs: readonly ValidInput[],
): Promise<Result<AppendResult>> {
  const mismatch = failure([
    {
      code: 'idempotency_mismatch',
      path: ['options', 'idempotencyKey'],
      message: `key '${seen.key}' was already used for a different request`,
    },
  ])
  if (seen.requestHash !== requestHash || seen.count !== inputs.length) return mismatch
  if (state.merkle.size < seen.firstSeq + seen.count) await catchUp(state)
  const entries: Entry[] = []
  for (let seq = seen.firstSeq; seq < seen.firstSeq + seen.count; seq++) {
    const entry = (await state.store.readEntry(seq)) as Entry
    const input = inputs[seq - seen.firstSeq] as ValidInput
    if (!(await samePeople(state, entry, input))) return mismatch
    entries.push(entry)
  }
  const size = seen.firstSeq + seen.count
  return { success: true, data: { entries, size, root: toHex(state.merkle.rootAt(size)) } }
}

/**
 * The fingerprint of a request kept with its idempotency key. People are left out: a plain
 * hash of a name and ID number would outlive their erasure and confirm a guess. A repeat's
 * people are compared on replay with the entry's salted commitment instead (`samePeople`).
 * Each input's `migrated` is in it; the mode is added only when on, so that the keys of
 * ordinary appends kept before migration mode existed still match their repeats.
 */
function hashRequest(
  inputs: readonly ValidInput[],
  expected: ExpectedVersions | undefined,
  migration: boolean,
): string {
  const request = {
    expected: expected ?? 'any',
    inputs: inputs.map(({ id: _, definition: __, personal, ...rest }) => ({
      ...rest,
      personal: personal !== undefined,
    })),
    ...(migration ? { migration } : {}),
  }
  return contentHash(request)
}

/**
 * Whether a repeated input names the people the first one did, checked against the salted
 * commitment of the stored entry. Once they were erased nothing is left to compare: the
 * repeat is taken as the same request, as it was before the erasure.
 */
async function samePeople(state: LedgerState, entry: Entry, input: ValidInput): Promise<boolean> {
  if (input.personal === undefined) return entry.personalHash === undefined
  if (entry.personalHash === undefined) return false
  const held = await state.store.readPersonal(entry.seq)
  if (held === undefined) return true
  return verifyPersonalData(input.personal, held.salt, fromHex(entry.personalHash))
}

function failure(issues: readonly Issue[]): { success: false; issues: readonly Issue[] } {
  return { success: false, issues }
}
