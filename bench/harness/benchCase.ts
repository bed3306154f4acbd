/** A figure to meet: against the limit (ratio of medians), or against an absolute value. */
export type Target =
  | { readonly ratioAtLeast: number }
  | { readonly ratioAtMost: number }
  | { readonly atLeast: number }
  | { readonly atMost: number }

/** One line of the results table: samples of the project and of its limit, one per repetition. */
export interface Row {
  readonly case: string
  /** What is measured, e.g. `entries/s, batches of 1,000` or `p99, average organization`. */
  readonly measure: string
  /** The unit of every sample, e.g. `entries/s`, `ms`, `MiB`. */
  readonly unit: string
  /** One sample per repetition; empty when the case is not built yet. */
  readonly project: readonly number[]
  /** The limit measured beside it in the same run, on the same data. */
  readonly limit?: readonly number[]
  /** What the limit column holds when it is not the case's hand-written limit. */
  readonly limitLabel?: string
  readonly targets?: readonly Target[]
  /** Set for the rows of a case whose subject does not exist yet, or that failed in this run. */
  readonly status?: 'not yet built' | 'failed'
  readonly note?: string
}

/** How a run is configured; every case reads the same settings. */
export interface Settings {
  /** Organizations in the workload. */
  readonly n: number
  readonly seed: number
  readonly repetitions: number
  /** The shortest a timed sample may be; short passes are looped until they take this long. */
  readonly minSeconds: number
  /** Entries per append call (organizations are never split across calls). */
  readonly batchSize: number
  /**
   * What a second is: the wall clock, or this process's CPU time, which a machine shared with
   * other work does not inflate (see harness/stopwatch.ts).
   */
  readonly clock: 'wall' | 'cpu'
  /** Which SHA-256 and Ed25519 the library uses: node:crypto through `useNodeCrypto`, or the portable ones. */
  readonly sha: 'node' | 'portable'
  /** Where exports are cached and results written. */
  readonly resultsDir: string
  /** Progress lines, to stderr. */
  readonly log: (line: string) => void
}

/** One case of WORKLOAD.md: a small module registered in `cases/index.ts`. */
export interface BenchCase {
  readonly name: string
  /** One sentence: what the project figure is and what the limit beside it is. */
  readonly summary: string
  /** Each repetition in a fresh process, for figures a warm heap would distort (memory). */
  readonly processPerRepetition?: boolean
  run(settings: Settings): Promise<readonly Row[]>
}
