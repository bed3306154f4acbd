import type { EntryEnvelope } from '../../events'
import type { AppendBatch, EventStore } from '../../store'

/** A test entry; stores keep entries without reading them, so the type need not exist. */
export function entry(seq: number, org: string, version: number, data: object = {}): EntryEnvelope {
  return {
    by: 'test',
    data,
    effectiveAt: '2024-01-01',
    org,
    recordedAt: '2024-01-01T00:00:00.000Z',
    schema: 1,
    seq,
    type: 'Tested',
    version,
  }
}

/** A batch of `entries`; versions of 0 are filled in per stream, counting from 1. */
export function batch(entries: readonly EntryEnvelope[]): AppendBatch {
  const next = new Map<string, number>()
  const numbered = entries.map((e) => {
    if (e.version !== 0) return e
    const version = (next.get(e.org) ?? 0) + 1
    next.set(e.org, version)
    return { ...e, version }
  })
  return { entries: numbered, personal: [] }
}

/** Every item of every page. */
export async function collect<T>(pages: AsyncIterable<readonly T[]>): Promise<T[]> {
  const all: T[] = []
  for await (const page of pages) all.push(...page)
  return all
}

/**
 * Appends `commits` batches of `size` entries to stream `org` as an independent writer would:
 * it alone writes the stream, so it knows the version; on a conflict it learns the head from
 * the answer and tries again after a moment. Returns how many attempts it took.
 */
export async function writeRetrying(
  store: EventStore,
  org: string,
  commits: number,
  size: number,
): Promise<number> {
  let attempts = 0
  let head = await store.head()
  let version = await store.streamVersion(org)
  for (let done = 0; done < commits; attempts++) {
    const entries = Array.from({ length: size }, (_, i) =>
      entry(head + i, org, version + i + 1, { writer: org, n: version + i }),
    )
    const outcome = await store.append({ entries, personal: [] })
    if (outcome.status === 'conflict') {
      head = outcome.head
      // A little jitter, so that many writers do not all retry into the same collision.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(attempts, 10)))
    } else {
      done++
      head += size
      version += size
    }
  }
  return attempts
}

/** Entries per batch of the racing writers: more as the contract's batches grow. */
export function racingBatch(batchSize: number): number {
  return Math.max(3, Math.min(50, Math.floor(batchSize / 50)))
}

/** Reads a tail until it has yielded `count` entries, then stops it; returns their seqs. */
export async function tailUntil(
  tail: (signal: AbortSignal) => AsyncIterable<readonly EntryEnvelope[]>,
  count: number,
): Promise<number[]> {
  const stop = new AbortController()
  const seqs: number[] = []
  for await (const page of tail(stop.signal)) {
    seqs.push(...page.map((e) => e.seq))
    if (seqs.length >= count) stop.abort()
  }
  return seqs
}
