import type { Applied } from '../ledger'
import type { Decision, SweepState } from '../rules'
import type { RulesRunDay } from './rulesRun'

// What a rules run does between two sweeps: record what a round applied, and choose the day
// to sweep next.

/** The counts a run keeps as it goes. */
export interface RunCounts {
  sweeps: number
  evaluated: number
  appended: number
  alreadyApplied: number
  rejected: number
}

/** Counts a round's outcomes and adds what it wrote or was refused to the day's record; returns how many were appended. */
export function recordRound(
  days: RulesRunDay[],
  at: string,
  outcomes: readonly Applied<Decision>[],
  counts: RunCounts,
): number {
  const appended = outcomes.filter((outcome) => outcome.status === 'appended')
  const rejected = outcomes.filter((outcome) => outcome.status === 'rejected')
  counts.appended += appended.length
  counts.rejected += rejected.length
  counts.alreadyApplied += outcomes.filter((o) => o.status === 'already_applied').length
  if (appended.length === 0 && rejected.length === 0) return 0
  const last = days.at(-1)
  if (last?.at === at) {
    days[days.length - 1] = {
      at,
      appended: [...last.appended, ...appended],
      rejected: [...last.rejected, ...rejected],
    }
  } else days.push({ at, appended, rejected })
  return appended.length
}

/**
 * The earliest day after `at` on which some decision may change; `to` when none comes by then
 * (so every run ends with a sweep on `to`); `null` once `to` is swept.
 */
export function nextRunDay(state: SweepState, at: string, to: string): string | null {
  let next: string | null = null
  for (const org in state.organizations) {
    const day = state.organizations[org]?.next ?? null
    if (day !== null && day > at && (next === null || day < next)) next = day
  }
  if (next !== null && next <= to) return next
  return at < to ? to : null
}
