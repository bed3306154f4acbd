import * as z from 'zod'
import { hasMethods, isAbortSignal } from '../_internal/arguments'
import type { Clock } from '../time'

/** How far an import has come: rows read, and what became of them. */
export interface ImportProgress {
  readonly rows: number
  readonly written: number
  readonly repeated: number
  readonly refused: number
}

/** How `importRows` runs. */
export interface ImportRowsOptions {
  /**
   * Check every row and write nothing: rows go to a scratch memory ledger, so checks between
   * rows of the file hold; checks against the target ledger's own entries wait for the real run.
   */
  readonly dryRun?: boolean | undefined
  /** Append each row as migrated from `mapping.source`, with its `mapping.recordedAt` day. */
  readonly migration?: boolean | undefined
  /** The target ledger's clock, which the dry run's scratch ledger reads; the system clock by default. */
  readonly clock?: Clock | undefined
  /** Told how far the import has come, every `progressEvery` rows or ms and at the end. */
  readonly onProgress?: ((progress: ImportProgress) => void) | undefined
  /** How often `onProgress` is called: after `rows` rows (1,000) or `ms` milliseconds (1,000). */
  readonly progressEvery?:
    | { readonly rows?: number | undefined; readonly ms?: number | undefined }
    | undefined
  /** Stops the import between two rows; the result says `stopped: true`. */
  readonly signal?: AbortSignal | undefined
}

/** The schema `importRows` checks its options with. */
export const importRowsOptionsSchema: z.ZodOptional<z.ZodType<ImportRowsOptions>> = z
  .strictObject({
    dryRun: z.boolean().optional(),
    migration: z.boolean().optional(),
    clock: z.custom<Clock>(hasMethods('now'), { message: 'expected a clock' }).optional(),
    onProgress: z
      .custom<(progress: ImportProgress) => void>((v) => typeof v === 'function', {
        message: 'expected a function',
      })
      .optional(),
    progressEvery: z
      .strictObject({
        rows: z.number().int().min(1).optional(),
        ms: z.number().min(0).optional(),
      })
      .optional(),
    signal: z.custom<AbortSignal>(isAbortSignal, { message: 'expected an AbortSignal' }).optional(),
  })
  .optional()
