import * as z from 'zod'
import { checkArgument, isAbortSignal } from '../_internal/arguments'
import { LedgerError, type PlainIssueCode } from '../errors'
import { checkSweepState, type SweepState, safePolicyFromJson } from '../rules'
import { isoDateSchema } from '../time'
import type { RulesRunLedger } from './rulesRun'
import type { RunRulesOptions } from './runRules'

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', {
  message: 'expected a function',
})
const optionsSchema = z.object({
  to: isoDateSchema,
  from: z.optional(isoDateSchema),
  onState: fn.optional(),
  onProgress: fn.optional(),
  signal: z.custom<AbortSignal>(isAbortSignal, { message: 'expected an AbortSignal' }).optional(),
})
const ledgerSchema = z.custom<RulesRunLedger>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    ['head', 'entries', 'changedSince', 'apply'].every(
      (method) => typeof (v as Record<string, unknown>)[method] === 'function',
    ),
  { message: 'expected a ledger with head, entries, changedSince and apply' },
)

/**
 * Checks what `runRules` is given before it reads anything, and returns the state it starts
 * from: the one given, checked, or an empty one on `from` for a first run. Throws
 * `INVALID_INPUT` naming the argument or option, with the path into a bad state or policy.
 */
export function runRulesArguments(
  ledger: unknown,
  policy: unknown,
  options: RunRulesOptions,
): SweepState {
  checkArgument(ledgerSchema, ledger, 'ledger')
  checkArgument(optionsSchema, options, 'options')
  const hash = checkedPolicy(policy)
  const state =
    options.state === undefined
      ? startingState(hash, options.from)
      : checkSweepState(options.state, ['options', 'state'])
  if (options.to < state.at) {
    const message = `options.to (${options.to}) is before the day the run starts on (${state.at})`
    throw invalid('to_before_start', ['options', 'to'], message)
  }
  return state
}

function checkedPolicy(policy: unknown): string {
  const checked = safePolicyFromJson(policy)
  if (checked.success) return checked.data.hash
  const issues = checked.issues.map((issue) => ({ ...issue, path: ['policy', ...issue.path] }))
  throw new LedgerError('INVALID_INPUT', `policy: ${issues[0]?.message ?? 'not a policy'}`, issues)
}

function startingState(policy: string, from: string | undefined): SweepState {
  if (from !== undefined) return { policy, at: from, position: 0, organizations: {} }
  const message = 'options.from is needed when no state is given: the day a first run starts on'
  throw invalid('missing_from', ['options', 'from'], message)
}

function invalid(code: PlainIssueCode, path: readonly string[], message: string): LedgerError {
  return new LedgerError('INVALID_INPUT', message, [{ code, path, message }])
}
