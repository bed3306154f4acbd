import { isLedgerError, LedgerError } from '../errors'
import {
  type Decision,
  type Policy,
  type SweepOptions,
  type SweepProgress,
  type SweepResult,
  type SweepState,
  sweep,
} from '../rules'
import type { RulesRun, RulesRunDay, RulesRunLedger } from './rulesRun'
import { nextRunDay, type RunCounts, recordRound } from './runDays'
import { runRulesArguments } from './runRulesArguments'

/** How far to run the rules, from where, and how to follow, keep and stop the run. */
export interface RunRulesOptions {
  /** The last day to run to, inclusive. */
  readonly to: string
  /** The first day of a first run. A run given a `state` starts on the state's day instead. */
  readonly from?: string | undefined
  /** The state the last run returned or handed to `onState`, as kept (parsed JSON will do). */
  readonly state?: SweepState | undefined
  /** Called after each round's proposals are applied, with the state to keep; awaited. */
  readonly onState?: ((state: SweepState) => void | Promise<void>) | undefined
  /** Called after each organization a sweep evaluates: the day, done, and how many it revisits. */
  readonly onProgress?: ((progress: SweepProgress) => void) | undefined
  /** Stops the run between two organizations or before an apply; the result is `stopped`. */
  readonly signal?: AbortSignal | undefined
}

// A day on which the proposals applied keep leading to more: a policy that never settles.
const MAX_ROUNDS_A_DAY = 100

/**
 * The nightly work: sweeps the policy over every organization from the state's day (or `from`)
 * to `to`, applies the automatic proposals through `ledger.apply` (each citing its rule, the
 * policy hash and its inputs, and idempotent), sweeps the same day again while that appends
 * anything, then moves on to the earliest day a decision may change, and ends with a sweep on
 * `to`. After each round it hands `onState` the state to keep: a run from any kept state, even
 * one a crash left a round behind, appends exactly what an uninterrupted run would.
 *
 * @example
 * const run = await runRules(ledger, cnPolicy, { from: '2021-01-01', state: kept, to: '2024-12-20', onState: keep })
 * for (const day of run.days) for (const { decision } of day.appended) console.log(day.at, render(decision, 'zh'))
 */
export async function runRules(
  ledger: RulesRunLedger,
  policy: Policy,
  options: RunRulesOptions,
): Promise<RulesRun> {
  let state = runRulesArguments(ledger, policy, options)
  const { to, onState, onProgress, signal } = options
  const days: RulesRunDay[] = []
  const counts: RunCounts = { sweeps: 0, evaluated: 0, appended: 0, alreadyApplied: 0, rejected: 0 }
  let at: string | null = state.at
  let rounds = 0
  while (at !== null) {
    if (aborted(signal)) return { stopped: true, state, days, counts }
    const swept = await sweepOrStop(ledger, policy, { at, state, onProgress, signal })
    if (swept === null) return { stopped: true, state, days, counts }
    counts.sweeps++
    counts.evaluated += swept.evaluated.length
    const proposals = swept.evaluated.flatMap((org) =>
      (swept.state.organizations[org]?.decisions ?? []).filter(isAutomaticProposal),
    )
    // Once the signal has aborted, nothing more is applied: the state kept stays the last one.
    if (proposals.length > 0 && aborted(signal)) {
      return { stopped: true, state, days, counts }
    }
    const outcomes = proposals.length === 0 ? [] : await ledger.apply(proposals)
    state = swept.state
    const appended = recordRound(days, at, outcomes, counts)
    await onState?.(state)
    if (appended > 0) {
      if (++rounds > MAX_ROUNDS_A_DAY) throw unsettled(at)
      continue
    }
    rounds = 0
    at = nextRunDay(state, at, to)
  }
  return { stopped: false, state, days, counts }
}

async function sweepOrStop(
  ledger: RulesRunLedger,
  policy: Policy,
  options: SweepOptions,
): Promise<SweepResult | null> {
  try {
    return await sweep(ledger, policy, options)
  } catch (error) {
    if (isLedgerError(error) && error.code === 'ABORTED' && options.signal?.aborted) return null
    throw error
  }
}

function aborted(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true
}

function isAutomaticProposal(decision: Decision): boolean {
  return decision.kind === 'proposal' && decision.mode === 'automatic'
}

function unsettled(at: string): LedgerError {
  const message = `the policy did not settle on ${at}: its proposals kept leading to more after ${MAX_ROUNDS_A_DAY} rounds`
  return new LedgerError('INVALID_INPUT', message, [
    { code: 'does_not_settle', path: ['policy'], message },
  ])
}
