import * as z from 'zod'
import { checkArgument, isAbortSignal } from '../_internal/arguments'
import { foldCreditFile } from '../credit-file'
import { LedgerError } from '../errors'
import { builtInCatalogue, type EntryCatalogue, type EntryEnvelope } from '../events'
import { dayOf } from '../time'
import { compiledOf } from './compile/compiledOf'
import type { CompiledPolicy } from './compile/compilePolicy'
import { earlier } from './compile/dates'
import { run } from './compile/run'
import type { Decision } from './decision'
import { checkDay } from './evaluate'
import type { Policy } from './policy'
import {
  checkSweepState,
  madeSweepState,
  type SweepState,
  type SweptOrganization,
} from './sweepState'

const ledgerSchema = z.custom<SweepLedger>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    ['head', 'entries', 'changedSince'].every(
      (method) => typeof (v as Record<string, unknown>)[method] === 'function',
    ),
  { message: 'expected a ledger with head(), entries(org) and changedSince(position)' },
)
// `at` and `state` have checks of their own, which name them.
const optionsSchema = z.object({
  onProgress: z
    .custom<(progress: SweepProgress) => void>((v) => typeof v === 'function', {
      message: 'expected a function',
    })
    .optional(),
  signal: z.custom<AbortSignal>(isAbortSignal, { message: 'expected an AbortSignal' }).optional(),
})

/**
 * What `sweep` needs of a ledger: its size, one organization's entries, and which organizations
 * have entries at or after a position. `createLedger` gives all three.
 */
export interface SweepLedger {
  /** The number of entries in the ledger. */
  head(): Promise<{ readonly size: number }>
  /** One organization's entries, in order. */
  entries(org: string): Promise<readonly EntryEnvelope[]>
  /** The organizations with an entry at or after `position`. */
  changedSince(position: number): Promise<readonly string[]>
  /** The ledger's entry types, when it has host types. */
  readonly entryTypes?: EntryCatalogue
}

/** The date to sweep at, the state of the sweep before, and how to follow or stop it. */
export interface SweepOptions {
  readonly at: string
  /** The state an earlier sweep returned, or its JSON parsed back; checked before it is read. */
  readonly state?: SweepState | undefined
  /** Called after each organization is evaluated: how many of how many this sweep revisits. */
  readonly onProgress?: ((progress: SweepProgress) => void) | undefined
  /** Stops the sweep between two organizations: it throws `ABORTED` and returns nothing. */
  readonly signal?: AbortSignal | undefined
}

/** How far a sweep has got: organizations evaluated, of how many it revisits on this date. */
export interface SweepProgress {
  readonly at: string
  readonly done: number
  readonly total: number
}

/** Every organization's decisions, which organizations were evaluated, and the state for next time. */
export interface SweepResult {
  /** Sorted by rule id, kind and organization. Organizations not revisited keep their decisions and `at`. */
  readonly decisions: readonly Decision[]
  readonly evaluated: readonly string[]
  readonly state: SweepState
}

/**
 * Evaluates the policy for every organization in the ledger as of `at`. Given the state of an
 * earlier sweep of the same policy at the same date or before, it revisits only organizations
 * with entries recorded since and those whose next change has arrived; the decisions equal
 * those of a full sweep (see `sameDecisions`).
 *
 * @example
 * let swept = await sweep(ledger, policy, { at: '2024-06-01' })
 * swept = await sweep(ledger, policy, { at: '2024-06-02', state: swept.state })
 */
export async function sweep(
  ledger: SweepLedger,
  policy: Policy,
  options: SweepOptions,
): Promise<SweepResult> {
  checkArgument(ledgerSchema, ledger, 'ledger')
  checkArgument(optionsSchema, options, 'options')
  const compiled = compiledOf(policy)
  const at = options.at
  checkDay(at, 'at')
  const before = options.state === undefined ? undefined : checkSweepState(options.state, ['state'])
  const { signal, onProgress } = options
  stopIfAborted(signal, at)
  const size = (await ledger.head()).size
  const reuse =
    before !== undefined &&
    before.policy === compiled.hash &&
    before.at <= at &&
    before.position <= size
  const organizations: Record<string, SweptOrganization> = reuse ? { ...before.organizations } : {}
  const visit = new Set(await ledger.changedSince(reuse ? before.position : 0))
  for (const org in organizations) {
    const next = organizations[org]?.next ?? null
    if (next !== null && next <= at) visit.add(org)
  }
  const evaluated = [...visit].sort()
  for (const [done, org] of evaluated.entries()) {
    stopIfAborted(signal, at)
    organizations[org] = Object.freeze(await sweepOne(ledger, compiled, org, at))
    onProgress?.({ at, done: done + 1, total: evaluated.length })
  }
  const state = madeSweepState({ policy: compiled.hash, at, position: size, organizations })
  // Every decision of the register, sorted, costs more than an incremental sweep of a few
  // organizations: made on first read, so a caller that reads only the state (runRules) skips it.
  let decisions: Decision[] | undefined
  return {
    get decisions(): readonly Decision[] {
      decisions ??= Object.values(organizations)
        .flatMap((swept) => swept.decisions)
        .sort(byRuleKindOrg)
      return decisions
    },
    evaluated,
    state,
  }
}

async function sweepOne(
  ledger: SweepLedger,
  compiled: CompiledPolicy,
  org: string,
  at: string,
): Promise<SweptOrganization> {
  const catalogue = ledger.entryTypes ?? builtInCatalogue
  const entries = (await ledger.entries(org)).map(catalogue.upcast)
  let future: string | null = null
  for (const entry of entries) {
    // An ISO date or instant starts with its own day, and an offset moves the China day by at
    // most one, so an entry whose text day is before the date took effect by then.
    if (entry.effectiveAt.slice(0, 10) < at) continue
    const day = dayOf(entry.effectiveAt)
    if (day > at) future = earlier(future, day)
  }
  // The file is read here and dropped, so it is not frozen.
  const file = foldCreditFile(entries, { asOf: at, entryTypes: catalogue }, false)
  if (file.version === 0) return { next: future, decisions: [] }
  const result = run(compiled, file, at)
  return { next: earlier(result.next, future), decisions: result.decisions }
}

function stopIfAborted(signal: AbortSignal | undefined, at: string): void {
  if (signal?.aborted !== true) return
  throw new LedgerError('ABORTED', `the sweep at ${at} was aborted`, [], { cause: signal.reason })
}

function byRuleKindOrg(a: Decision, b: Decision): number {
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1
  return a.org < b.org ? -1 : a.org > b.org ? 1 : 0
}
