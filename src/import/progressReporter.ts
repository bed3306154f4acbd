import type { ImportProgress, ImportRowsOptions } from './importRowsOptions'

/** Calls `onProgress` once `rows` rows or `ms` milliseconds have passed since the last call. */
export interface ProgressReporter {
  /** After each row. */
  row(progress: ImportProgress): void
  /** Once, at the end. */
  done(progress: ImportProgress): void
}

/** A reporter for the options' `onProgress` and `progressEvery`; does nothing without one. */
export function progressReporter(options: ImportRowsOptions): ProgressReporter {
  const report = options.onProgress
  if (report === undefined) return { row: () => {}, done: () => {} }
  const everyRows = options.progressEvery?.rows ?? 1000
  const everyMs = options.progressEvery?.ms ?? 1000
  let lastRows = 0
  let lastAt = Date.now()
  const call = (progress: ImportProgress) => {
    lastRows = progress.rows
    lastAt = Date.now()
    report({ ...progress })
  }
  return {
    row(progress) {
      if (progress.rows - lastRows >= everyRows || Date.now() - lastAt >= everyMs) call(progress)
    },
    done: call,
  }
}
