import * as z from 'zod/mini'

/**
 * What a witness remembers of each log it cosigns, by origin: the largest checkpoint it
 * cosigned (size and base64 root hash) and the time it did. Plain JSON, so that any store
 * can keep it; `cosignCheckpoint` takes one and returns the next.
 */
export interface WitnessState {
  readonly logs: Readonly<Record<string, WitnessedHead>>
}

/** The last checkpoint a witness cosigned for one log. */
export interface WitnessedHead {
  readonly size: number
  /** The root hash at `size`, in standard base64 as the checkpoint writes it. */
  readonly root: string
  /** The cosignature's timestamp, in seconds since the epoch. */
  readonly timestamp: number
  /** The log's verifier key text the witness follows this origin under. */
  readonly key: string
}

/** The longest origin a witness keeps state for. */
export const MAX_ORIGIN = 1000

/** A witness that has cosigned nothing yet. */
export const emptyWitnessState: WitnessState = Object.freeze({ logs: Object.freeze({}) })

const count = z.number().check(z.int(), z.nonnegative(), z.lte(Number.MAX_SAFE_INTEGER))

/** Checks a witness state read back from storage. */
export const witnessStateSchema: z.ZodMiniType<WitnessState> = z.strictObject({
  logs: z.record(
    z.string().check(z.minLength(1), z.maxLength(MAX_ORIGIN)),
    z.strictObject({
      size: count,
      root: z.string().check(z.regex(/^[A-Za-z0-9+/]{43}=$/, 'a 32-byte hash in standard base64')),
      timestamp: count,
      key: z.string().check(z.minLength(1), z.maxLength(2000)),
    }),
  ),
})
