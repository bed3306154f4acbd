import * as z from 'zod'
import { fromZodIssues } from '../_internal/issues'
import { type Issue, LedgerError, type Result } from '../errors'
import { canonicalBytes } from '../events/canonicalJson'
import type { Entry } from '../events/catalogue'
import { entryLeafHash, fromHex, sha256, toHex, verifyPersonalData } from '../proof'
import type { IdempotencyRecord } from '../store/eventStore'
import { buildEntries } from './buildEntries'
import { checkInvariants } from './checkInvariants'
import { type ValidInput, validateInputs } from './entryInput'
import type { ExpectedVersions } from './expectedVersion'
import { catchUp, type LedgerState, record } from './ledgerState'

/** How an append should guard itself. */
export interface AppendOptions {
  /** What each stream must look like before the batch: see `ExpectedVersion`. */
  readonly expectedVersion?: ExpectedVersions
  /** A repeat of the same key returns the first result and writes nothing. */
  readonly idempotencyKey?: string
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
  })
  .optional()

const MAX_ATTEMPTS = 5

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
  const valid = validateInputs(raw)
  if (!valid.success) return valid
  const inputs = valid.data
  const batch = Array.isArray(raw)

  return state.writes.run(async () => {
    const key = options.idempotencyKey
    const requestHash = key === undefined ? '' : hashRequest(inputs, options.expectedVersion)
    if (key !== undefined) {
      const seen = await state.store.findIdempotency(key)
      if (seen) return replay(state, seen, requestHash, inputs)
    }
    // Another process may have written since this ledger last looked: expectations and
    // invariants must be checked against the store as it is, not as this ledger remembers it.
    if ((await state.store.head()) > state.merkle.size) await catchUp(state)
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const head = state.merkle.size
      const issues = await checkInvariants(
        inputs,
        options.expectedVersion,
        {
          head,
          summaryOf: (org) => state.index.get(org),
          entryAt: (seq) => state.store.readEntry(seq),
        },
        batch,
      )
      if (issues.length > 0) return failure(issues)
      const recordedAt = state.clock.now().toISOString()
      const built = buildEntries(
        inputs,
        head,
        (org) => state.index.get(org)?.version ?? 0,
        recordedAt,
      )
      const leaves = built.entries.map(entryLeafHash)
      const idempotency: IdempotencyRecord | undefined =
        key === undefined ? undefined : { key, requestHash, firstSeq: head, count: inputs.length }
      // Durable stores keep the leaf beside the entry; a salted leaf is not a hash of the text.
      const outcome = await state.store.append({
        entries: built.entries,
        personal: built.personal,
        leaves,
        ...(idempotency ? { idempotency } : {}),
      })
      if (outcome.status === 'duplicate') {
        return replay(state, outcome.record, requestHash, inputs)
      }
      if (outcome.status === 'committed') {
        built.entries.forEach((entry, i) => {
          record(state, entry, leaves[i])
        })
        return success(built.entries, state)
      }
      // Another writer moved the head: learn what it wrote, then check everything again.
      await catchUp(state)
    }
    throw new LedgerError('STORE_FAILURE', `the append lost ${MAX_ATTEMPTS} races to other writers`)
  })
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

function success(entries: readonly Entry[], state: LedgerState): Result<AppendResult> {
  const size = state.merkle.size
  return { success: true, data: { entries, size, root: toHex(state.merkle.root()) } }
}

/**
 * The fingerprint of a request kept with its idempotency key. People are left out: a plain
 * hash of a name and ID number would outlive their erasure and confirm a guess. A repeat's
 * people are compared on replay with the entry's salted commitment instead (`samePeople`).
 */
function hashRequest(
  inputs: readonly ValidInput[],
  expected: ExpectedVersions | undefined,
): string {
  const request = {
    expected: expected ?? 'any',
    inputs: inputs.map(({ id: _, personal, ...rest }) => ({
      ...rest,
      personal: personal !== undefined,
    })),
  }
  return toHex(sha256(canonicalBytes(request)))
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
