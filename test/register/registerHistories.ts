import fc from 'fast-check'
import type { Entry } from '../../src/events/catalogue'
import { memoryStore } from '../../src/store'
import type { EventStore } from '../../src/store/eventStore'
import { entryHistory } from '../credit-file/arbitraries'

// Distinct codes of the three kinds; the stores keep whatever `org` they are given.
const ORGS = [
  '51310116MJ4A00217K',
  '52310116MJ4B101250',
  '53310000MJ4C200849',
  '51310116MJ4A001370',
]

/**
 * A log of several organizations: random single-organization histories given distinct ids and
 * interleaved at random, with seqs renumbered and every reference to a seq moved with it.
 */
export function registerLog(maxOrganizations = 4, maxLength = 20): fc.Arbitrary<Entry[]> {
  return fc
    .tuple(
      fc.array(entryHistory(maxLength), { minLength: 1, maxLength: maxOrganizations }),
      fc.array(fc.nat(), { maxLength: maxOrganizations * (maxLength + 1) }),
    )
    .map(([histories, picks]) => interleave(histories, picks))
}

function interleave(histories: readonly Entry[][], picks: readonly number[]): Entry[] {
  const next = histories.map(() => 0)
  const moved = histories.map(() => new Map<number, number>())
  const log: Entry[] = []
  let pick = 0
  for (;;) {
    const open = histories.flatMap((history, h) =>
      (next[h] as number) < history.length ? [h] : [],
    )
    if (open.length === 0) return log
    const h = open[(picks[pick++] ?? 0) % open.length] as number
    const entry = (histories[h] as Entry[])[next[h] as number] as Entry
    next[h] = (next[h] as number) + 1
    const seqs = moved[h] as Map<number, number>
    seqs.set(entry.seq, log.length)
    log.push(renumbered(entry, ORGS[h] as string, log.length, seqs))
  }
}

function renumbered(entry: Entry, org: string, seq: number, seqs: Map<number, number>): Entry {
  const at = (old: number) => seqs.get(old) ?? old + 1_000_000
  const data = { ...(entry.data as Record<string, unknown>) }
  for (const key of ['basedOn', 'disputes', 'inputs'] as const) {
    if (Array.isArray(data[key])) data[key] = (data[key] as number[]).map(at)
  }
  if (typeof data.penalty === 'number') data.penalty = at(data.penalty)
  return {
    ...entry,
    org,
    seq,
    data,
    ...(entry.amends === undefined ? {} : { amends: at(entry.amends) }),
  } as Entry
}

/** A memory store holding the log, appended in batches of the given sizes. */
export async function storeOf(log: readonly Entry[], batch = 7): Promise<EventStore> {
  const store = memoryStore()
  for (let start = 0; start < log.length; start += batch) {
    const outcome = await store.append({ entries: log.slice(start, start + batch), personal: [] })
    if (outcome.status !== 'committed') throw new Error(`the log did not commit: ${outcome.status}`)
  }
  return store
}
