import { LedgerError } from '../errors'
import type { Entry, EntryCatalogue } from '../events'
import type { EventStore } from '../store'
import type { RegisterRecord } from './registerRecord'
import { registerRecordOf } from './registerRecordOf'
import type { RegisterStore } from './registerStore'

/** How the register reads the log: entries per page, and the ledger's entry types. */
export interface RegisterReading {
  readonly pageSize: number
  readonly catalogue: EntryCatalogue
}

/** How a catch-up reports and stops. */
export interface CatchUpOptions {
  readonly signal?: AbortSignal | undefined
  /** Called after each write with the entries applied so far and the entries to apply in all. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined
}

/** Where a catch-up left the read models. */
export interface CatchUpResult {
  /** Every entry below it is applied. */
  readonly position: number
  /** Organizations whose records were rewritten. */
  readonly organizations: number
  /** True when the signal stopped it before the head. */
  readonly stopped: boolean
}

/** Past this many entries behind, each organization is rebuilt once instead of once per page. */
const BULK_LAG = 50_000
const ORGANIZATIONS_PER_WRITE = 500

/**
 * Applies the log from the read models' position to the head. Each organization touched is
 * folded again from its whole stream below the new position, so applying an entry twice, or
 * after a crash between writing records and position, gives the same records.
 */
export async function catchUpRegister(
  store: EventStore,
  models: RegisterStore,
  reading: RegisterReading,
  options: CatchUpOptions,
): Promise<CatchUpResult> {
  // Another updater that bypassed `exclusive` moved the position: start again from it.
  for (let attempt = 0; attempt < 8; attempt++) {
    const result = await attemptCatchUp(store, models, reading, options)
    if (result !== undefined) return result
  }
  throw new LedgerError(
    'STORE_FAILURE',
    'the read models kept moving under this updater: run their updaters through exclusive',
  )
}

async function attemptCatchUp(
  store: EventStore,
  models: RegisterStore,
  reading: RegisterReading,
  options: CatchUpOptions,
): Promise<CatchUpResult | undefined> {
  const head = await store.head()
  const from = await models.position()
  if (from > head) {
    throw new LedgerError(
      'STORE_FAILURE',
      `the read models are at position ${from} but the log holds ${head} entries: they belong to another ledger; clear them`,
    )
  }
  const total = head - from
  if (total > BULK_LAG) return bulk(store, models, from, head, reading, options)
  let position = from
  let organizations = 0
  for await (const page of store.readAll({ from, pageSize: reading.pageSize })) {
    if (options.signal?.aborted) return { position, organizations, stopped: true }
    const inRange = page.filter((entry) => entry.seq < head)
    if (inRange.length === 0) break
    const to = (inRange.at(-1)?.seq as number) + 1
    const orgs = [...new Set(inRange.map((entry) => entry.org))]
    const { records, removed } = await recordsOf(store, orgs, to, reading.catalogue)
    if (!(await models.write({ records, removed, from: position, to }))) return undefined
    position = to
    organizations += records.length
    options.onProgress?.(position - from, total)
    if (position >= head) break
  }
  return { position, organizations, stopped: false }
}

/** Rebuilds every organization with entries in [from, head) once, then records the head. */
async function bulk(
  store: EventStore,
  models: RegisterStore,
  from: number,
  head: number,
  reading: RegisterReading,
  options: CatchUpOptions,
): Promise<CatchUpResult | undefined> {
  const orgs = from === 0 ? await everyStream(store) : await touched(store, from, head)
  let organizations = 0
  for (let start = 0; start < orgs.length; start += ORGANIZATIONS_PER_WRITE) {
    if (options.signal?.aborted) return { position: from, organizations, stopped: true }
    const chunk = orgs.slice(start, start + ORGANIZATIONS_PER_WRITE)
    const last = start + ORGANIZATIONS_PER_WRITE >= orgs.length
    const { records, removed } = await recordsOf(store, chunk, head, reading.catalogue)
    const to = last ? head : from
    if (!(await models.write({ records, removed, from, to }))) return undefined
    organizations += records.length
    options.onProgress?.(last ? head - from : 0, head - from)
  }
  if (orgs.length === 0 && !(await models.write({ records: [], removed: [], from, to: head })))
    return undefined
  return { position: head, organizations, stopped: false }
}

async function everyStream(store: EventStore): Promise<string[]> {
  const orgs: string[] = []
  for await (const page of store.streams()) orgs.push(...page)
  return orgs
}

async function touched(store: EventStore, from: number, head: number): Promise<string[]> {
  const orgs = new Set<string>()
  for await (const page of store.readAll({ from, pageSize: 10_000 })) {
    for (const entry of page) if (entry.seq < head) orgs.add(entry.org)
    if ((page.at(-1)?.seq ?? head) >= head - 1) break
  }
  return [...orgs]
}

/** The records of these organizations from their entries below `to`, and those with none. */
async function recordsOf(
  store: EventStore,
  orgs: readonly string[],
  to: number,
  catalogue: EntryCatalogue,
): Promise<{ records: RegisterRecord[]; removed: string[] }> {
  const streams = await Promise.all(orgs.map((org) => store.readStream(org)))
  const records: RegisterRecord[] = []
  const removed: string[] = []
  for (const [index, stream] of streams.entries()) {
    const entries: Entry[] = []
    for (const entry of stream) if (entry.seq < to) entries.push(catalogue.upcast(entry))
    const record = registerRecordOf(entries, catalogue)
    if (record !== undefined) records.push(record)
    else removed.push(orgs[index] as string)
  }
  return { records, removed }
}
