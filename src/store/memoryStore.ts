import { Mutex } from '../_internal/mutex'
import type { EntryEnvelope } from '../events'
import type {
  AppendBatch,
  AppendOutcome,
  EventStore,
  IdempotencyRecord,
  PersonalRecord,
  StoredCheckpoint,
  StreamRange,
  TailOptions,
} from './eventStore'
import { isNextInLine } from './isNextInLine'

const DEFAULT_PAGE = 1000

/**
 * An in-process store: the embedded default. Appends cost the same however much is stored,
 * because streams are looked up by key and never scanned.
 *
 * @example
 * const ledger = createLedger({ store: memoryStore(), clock: systemClock })
 */
export function memoryStore(): EventStore {
  const log: EntryEnvelope[] = []
  const streams = new Map<string, EntryEnvelope[]>()
  const idempotency = new Map<string, IdempotencyRecord>()
  const personal = new Map<number, PersonalRecord>()
  const checkpoints: StoredCheckpoint[] = []
  // Tails waiting for the log to grow; each append wakes them all.
  let waiting: (() => void)[] = []
  // Ledgers sharing this store take turns through it, as writers of a database do.
  const writeLock = new Mutex()

  async function commit(batch: AppendBatch): Promise<AppendOutcome> {
    if (batch.idempotency) {
      const seen = idempotency.get(batch.idempotency.key)
      if (seen) return { status: 'duplicate', record: seen }
    }
    if (!isNextInLine(batch, log.length, (org) => streams.get(org)?.length ?? 0)) {
      return { status: 'conflict', head: log.length }
    }
    for (const entry of batch.entries) {
      log.push(entry)
      let stream = streams.get(entry.org)
      if (!stream) {
        stream = []
        streams.set(entry.org, stream)
      }
      stream.push(entry)
    }
    for (const record of batch.personal) personal.set(record.seq, record)
    if (batch.idempotency) idempotency.set(batch.idempotency.key, batch.idempotency)
    const woken = waiting
    waiting = []
    for (const wake of woken) wake()
    return { status: 'committed' }
  }

  return {
    append: (batch) => writeLock.run(() => commit(batch)),
    withWriteLock: (section) => writeLock.run(() => section(commit, log.length)),
    async head() {
      return log.length
    },
    async streamVersion(org) {
      return streams.get(org)?.length ?? 0
    },
    async readStream(org, range?: StreamRange) {
      const stream = streams.get(org) ?? []
      const from = Math.max(1, range?.fromVersion ?? 1)
      const to = Math.min(stream.length, range?.toVersion ?? stream.length)
      return stream.slice(from - 1, to)
    },
    async readEntry(seq) {
      return log[seq]
    },
    async *readAll(options) {
      const pageSize = options?.pageSize ?? DEFAULT_PAGE
      for (let at = options?.from ?? 0; at < log.length; at += pageSize) {
        yield log.slice(at, at + pageSize)
      }
    },
    async *tail(from: number, options?: TailOptions) {
      const pageSize = options?.pageSize ?? DEFAULT_PAGE
      const signal = options?.signal
      let at = from
      while (!signal?.aborted) {
        if (at < log.length) {
          const page = log.slice(at, at + pageSize)
          at += page.length
          yield page
        } else {
          await new Promise<void>((resolve) => {
            const stop = () => resolve()
            signal?.addEventListener('abort', stop, { once: true })
            waiting.push(() => {
              signal?.removeEventListener('abort', stop)
              resolve()
            })
          })
        }
      }
    },
    async *streams() {
      const ids = [...streams.keys()]
      for (let at = 0; at < ids.length; at += DEFAULT_PAGE) yield ids.slice(at, at + DEFAULT_PAGE)
    },
    async findIdempotency(key) {
      return idempotency.get(key)
    },
    async readPersonal(seq) {
      return personal.get(seq)
    },
    async erasePersonal(seq) {
      personal.delete(seq)
    },
    async saveCheckpoint(checkpoint) {
      checkpoints.push(checkpoint)
      checkpoints.sort((a, b) => a.size - b.size)
    },
    async checkpoints() {
      return [...checkpoints]
    },
    async close() {},
  }
}
