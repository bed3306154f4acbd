import { invalidArgument } from '../_internal/arguments'
/** Where the ledger learns the time; pass a fixed clock in tests and replays. */
export interface Clock {
  /** The current instant. */
  now(): Date
}

/** The host's wall clock. */
export const systemClock: Clock = { now: () => new Date() }

/**
 * A clock that starts at `start` and moves on by `stepMs` each time it is read, so that
 * every entry of a scripted history gets its own recording instant.
 *
 * @example
 * const clock = fixedClock('2024-01-01T08:00:00Z')
 */
export function fixedClock(
  start: string | Date,
  stepMs = 0,
): Clock & {
  /** Moves the clock to `at`: the next read gives it, and steps go on from there. */
  set(at: string | Date): void
} {
  if (typeof stepMs !== 'number' || !Number.isFinite(stepMs)) {
    throw invalidArgument('stepMs', 'a finite number', stepMs)
  }
  let current = instantOf(start)
  if (Number.isNaN(current)) throw invalidArgument('start', 'an instant', start)
  return {
    now() {
      const at = new Date(current)
      current += stepMs
      return at
    },
    set(at) {
      const next = instantOf(at)
      if (Number.isNaN(next)) throw invalidArgument('at', 'an instant', at)
      current = next
    },
  }
}

function instantOf(value: unknown): number {
  if (typeof value !== 'string' && !(value instanceof Date)) return Number.NaN
  return new Date(value).getTime()
}
