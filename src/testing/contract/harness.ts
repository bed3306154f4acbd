import type { EventStore } from '../../store'

/** What the contract's cases are given: fresh stores, and several handles over one storage. */
export interface ContractHarness {
  /** Runs `test` with a fresh, empty store and closes it afterwards. */
  withStore(test: (store: EventStore) => Promise<void>): Promise<void>
  /**
   * Runs `test` with `n` handles over one fresh storage: separate connections for a durable
   * store, the same store `n` times for one that cannot be opened twice.
   */
  withHandles(n: number, test: (handles: readonly EventStore[]) => Promise<void>): Promise<void>
  /** Writers racing in the concurrency cases. */
  readonly writers: number
  /** Ledgers appending to streams of their own at once. */
  readonly ledgers: number
  /** Entries in the large batches. */
  readonly batchSize: number
  /** Time allowed to the cases that race or tail, in ms. */
  readonly timeoutMs: number
}

/** Storage that outlives its handles: each `open` is a new connection to the same data. */
export interface ReopenableStorage {
  /** A new handle over the storage, as another process or a restart would have. */
  open(): Promise<EventStore>
  /** Removes the storage once the test is done. */
  destroy(): Promise<void>
}

/** Runs a test with one fresh storage and removes it afterwards. */
export type WithStorage = (test: (storage: ReopenableStorage) => Promise<void>) => Promise<void>

/** How hard the contract pushes a store. */
export interface StoreContractOptions {
  /** Writers racing in the concurrency cases (default 8). */
  readonly writers?: number
  /** Ledgers appending to streams of their own at once (default 32). */
  readonly ledgers?: number
  /** Entries in the large batches (default 250). */
  readonly batchSize?: number
  /** Time allowed to the cases that race or tail, in ms (default 30,000 + 1,000 per writer). */
  readonly timeoutMs?: number
}

/** The harness of a store that can only be made fresh, never reopened. */
export function singleStoreHarness(
  factory: () => EventStore | Promise<EventStore>,
  options: StoreContractOptions = {},
): ContractHarness {
  const withStore = async (test: (store: EventStore) => Promise<void>): Promise<void> => {
    const store = await factory()
    try {
      await test(store)
    } finally {
      await store.close()
    }
  }
  return {
    withStore,
    withHandles: (n, test) => withStore((store) => test(Array.from({ length: n }, () => store))),
    writers: options.writers ?? 8,
    ledgers: options.ledgers ?? 32,
    batchSize: options.batchSize ?? 250,
    timeoutMs: options.timeoutMs ?? 30_000 + 1000 * (options.writers ?? 8),
  }
}
