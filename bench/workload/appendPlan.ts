import type { EntryInput } from '../../src/ledger/entryInput'
import { organization } from './organization'
import { batches, inputsAt, organizations } from './workload'

/** The append calls that load organizations `from` to `n - 1` into a ledger holding `head` entries. */
export interface AppendPlan {
  readonly calls: readonly (readonly EntryInput[])[]
  readonly entries: number
  /** The organization ids, with their registration day, in index order. */
  readonly organizations: readonly { readonly org: string; readonly registeredOn: string }[]
}

/**
 * Generates the workload and groups it into append calls of about `batchSize` entries, with
 * `amends` resolved for a ledger that starts at `head`: the same calls replay into every fresh
 * ledger, so generation stays out of the timed append.
 */
export function appendPlan(
  seed: number,
  n: number,
  batchSize: number,
  from = 0,
  head = 0,
): AppendPlan {
  const calls: EntryInput[][] = []
  const orgs: { org: string; registeredOn: string }[] = []
  let at = head
  for (const group of batches(organizations(seed, n, from), batchSize)) {
    const inputs = inputsAt(group, at)
    calls.push(inputs)
    at += inputs.length
    for (const item of group) orgs.push({ org: item.org, registeredOn: item.registeredOn })
  }
  return { calls, entries: at - head, organizations: orgs }
}

/**
 * The append calls of organizations `from` to `n - 1`, generated one call at a time, for runs
 * too large to hold every input at once; the same calls as `appendPlan` gives.
 */
export function* appendCalls(
  seed: number,
  n: number,
  batchSize: number,
  from = 0,
  head = 0,
): Generator<EntryInput[]> {
  let at = head
  for (const group of batches(organizations(seed, n, from), batchSize)) {
    const inputs = inputsAt(group, at)
    at += inputs.length
    yield inputs
  }
}

/** The synthetic organization of the read case: registered in 2015, `entries` entries in all. */
export function bigOrganizationPlan(seed: number, entries: number, head: number): AppendPlan {
  const options = { steady: true, codePrefix: 'MK' } as const
  // Disclosures are drawn last, so the entries besides them do not depend on their count.
  const others = organization(seed, 0, { ...options, disclosures: 0 }).entries.length
  const big = organization(seed, 0, { ...options, disclosures: entries - others })
  const inputs = inputsAt([big], head)
  const calls: EntryInput[][] = []
  for (let at = 0; at < inputs.length; at += 1000) calls.push(inputs.slice(at, at + 1000))
  return {
    calls,
    entries: inputs.length,
    organizations: [{ org: big.org, registeredOn: big.registeredOn }],
  }
}
