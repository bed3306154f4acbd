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
): Clock & { set(at: string | Date): void } {
  let current = new Date(start).getTime()
  if (Number.isNaN(current)) throw new RangeError(`not an instant: ${String(start)}`)
  return {
    now() {
      const at = new Date(current)
      current += stepMs
      return at
    },
    set(at) {
      const next = new Date(at).getTime()
      if (Number.isNaN(next)) throw new RangeError(`not an instant: ${String(at)}`)
      current = next
    },
  }
}
