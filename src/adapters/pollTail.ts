import { setTimeout as sleep } from 'node:timers/promises'
import type { EntryEnvelope } from '../events'
import type { TailOptions } from '../store'
import { pageOptions } from './pageOptions'
import { storeFailure } from './storeFailure'

/** Reads up to `limit` committed entries from position `from`, in seq order. */
export type ReadPage = (from: number, limit: number) => Promise<readonly EntryEnvelope[]>

/**
 * A tail that polls. It relies on the store's promise that seq N+1 is never visible before
 * seq N, so reading on from the last position seen can never skip an entry.
 */
export async function* pollTail(
  readPage: ReadPage,
  from: number,
  options?: TailOptions,
): AsyncGenerator<readonly EntryEnvelope[]> {
  const { pageSize, pollMs, signal } = pageOptions({ ...options, from })
  let next = from
  while (!signal?.aborted) {
    const page = await readPage(next, pageSize)
    page.forEach((entry, i) => {
      if (entry.seq !== next + i) {
        throw storeFailure('tail', `entry ${entry.seq} came where ${next + i} belongs`)
      }
    })
    next += page.length
    if (page.length > 0) yield page
    if (page.length < pageSize) await sleep(pollMs, undefined, { signal }).catch(() => undefined)
  }
}
