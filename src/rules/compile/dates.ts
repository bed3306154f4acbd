import { addDaysIso } from '../../time'

/** The earlier of two optional days. */
export function earlier(a: string | null, b: string | null): string | null {
  if (a === null) return b
  if (b === null) return a
  return a <= b ? a : b
}

/** The later of two optional days. */
export function later(a: string | null, b: string | null): string | null {
  if (a === null) return b
  if (b === null) return a
  return a >= b ? a : b
}

/** The day after `day`. */
export function nextDay(day: string): string {
  return addDaysIso(day, 1)
}

/**
 * Collects the boundaries around a date: the latest day on or before it at which something
 * happened (`since`) and the earliest day after it at which something will (`change`).
 */
export class Boundaries {
  since: string | null = null
  change: string | null = null
  constructor(readonly at: string) {}

  /** Notes a day on which the outcome changed or will change. */
  add(day: string | null): void {
    if (day === null) return
    if (day <= this.at) {
      if (this.since === null || day > this.since) this.since = day
    } else if (this.change === null || day < this.change) this.change = day
  }
}

/** The seqs of several outcomes in one ascending list without repeats; each list is ascending. */
export function unionSeqs(lists: readonly (readonly number[])[]): readonly number[] {
  let merged: readonly number[] = []
  for (const list of lists) merged = merge(merged, list)
  return merged
}

function merge(a: readonly number[], b: readonly number[]): readonly number[] {
  if (a.length === 0) return b
  if (b.length === 0) return a
  const out: number[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Number.POSITIVE_INFINITY
    const y = j < b.length ? (b[j] as number) : Number.POSITIVE_INFINITY
    if (x <= y) {
      out.push(x)
      i++
      if (x === y) j++
    } else {
      out.push(y)
      j++
    }
  }
  return out
}

/** The year of an ISO day. */
export function yearOf(day: string): number {
  return Number(day.slice(0, 4))
}
