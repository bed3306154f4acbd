import { organizations } from '../../../bench/workload/workload'
import {
  createLedger,
  type Decision,
  type EntryInput,
  ed25519Signer,
  fixedClock,
  type Ledger,
  memoryStore,
  type Policy,
  type SweepState,
  sweep,
} from '../../../src/index'

/** One sweep of the replay: its day, the ledger before the decisions are applied, and what was decided. */
export interface ReplayStep {
  readonly at: string
  readonly ledger: Ledger
  readonly decisions: readonly Decision[]
}

interface Pending {
  readonly key: string
  readonly day: string
  readonly input: EntryInput
  readonly amends?: string
}

// Proposals that close the stream wait for an authority that never comes, so the histories run on.
const CLOSING = new Set(['RegistrationRevoked', 'Deregistered', 'Banned'])

/**
 * Replays organizations 0 to n-1 of the standard workload as a registry living through them
 * would: each entry is appended on its effective day, and the policy is swept on every day an
 * entry arrives or a decision may change, as the demo catches up. Automatic proposals are
 * applied; an authority confirms the others, closures aside. `inspect` sees every sweep's
 * decisions about the organizations it revisited, before they are applied.
 */
export async function replayWorkload(
  policy: Policy,
  n: number,
  until: string,
  inspect: (step: ReplayStep) => Promise<void>,
): Promise<{ readonly sweeps: number; readonly applied: number }> {
  const clock = fixedClock('2015-01-01T17:00:00+08:00')
  const signer = ed25519Signer('workload.test/replay', new Uint8Array(32).fill(5))
  const ledger = createLedger({ store: memoryStore(), clock, signer })
  const pending: Pending[] = []
  for (const item of organizations(20150101, n)) {
    item.entries.forEach((entry, index) => {
      const key = `${item.org}#${index}`
      const amends =
        entry.amendsIndex === undefined ? {} : { amends: `${item.org}#${entry.amendsIndex}` }
      pending.push({
        key,
        day: entry.input.effectiveAt.slice(0, 10),
        input: entry.input,
        ...amends,
      })
    })
  }
  pending.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
  const seqOf = new Map<string, number>()
  let state: SweepState | undefined
  let next = 0
  let at: string | null = pending[0]?.day ?? null
  let sweeps = 0
  let applied = 0
  let sameDay = 0
  while (at !== null && at <= until) {
    if (++sameDay > 20) throw new Error(`the decisions did not settle on ${at}`)
    clock.set(`${at}T17:00:00+08:00`)
    const today: Pending[] = []
    while (next < pending.length && (pending[next] as Pending).day <= at)
      today.push(pending[next++] as Pending)
    if (today.length > 0) {
      const inputs = today.map((p) =>
        p.amends === undefined
          ? p.input
          : ({ ...p.input, amends: seqOf.get(p.amends) } as EntryInput),
      )
      const { entries } = await ledger.append(inputs)
      entries.forEach((entry, i) => {
        seqOf.set((today[i] as Pending).key, entry.seq)
      })
    }
    const swept = await sweep(ledger, policy, { at, ...(state === undefined ? {} : { state }) })
    state = swept.state
    sweeps++
    const revisited = new Set(swept.evaluated)
    const fresh = swept.decisions.filter((decision) => revisited.has(decision.org))
    await inspect({ at, ledger, decisions: fresh })
    const outcomes = await ledger.apply(fresh, {
      confirm: (decision) => decision.kind === 'proposal' && !CLOSING.has(decision.entry.type),
    })
    const appended = outcomes.filter((outcome) => outcome.status === 'appended').length
    applied += appended
    // What was applied may lead to more on the same day; otherwise on to the next change.
    if (appended > 0) continue
    at = earliest(state, pending[next]?.day ?? null)
    sameDay = 0
  }
  return { sweeps, applied }
}

function earliest(state: SweepState, arriving: string | null): string | null {
  let day = arriving
  for (const { next } of Object.values(state.organizations)) {
    if (next !== null && (day === null || next < day)) day = next
  }
  return day
}
