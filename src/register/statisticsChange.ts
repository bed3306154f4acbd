import type { RegisterStatistics } from './registerStore'
import { sorted } from './statisticsCounts'

type Counts = Readonly<Record<string, number>>

/** The register's counts on two days and what changed between them (later minus earlier). */
export interface StatisticsChange {
  readonly from: RegisterStatistics
  readonly to: RegisterStatistics
  readonly change: {
    readonly registered: number
    readonly active: number
    readonly byStatus: Counts
    readonly byKind: Counts
    readonly byProvince: Counts
    readonly byCity: Counts
    readonly byCounty: Counts
    readonly byRegistrarLevel: Counts
    readonly byGrade: Counts
    readonly byList: Counts
  }
}

/** Subtracts the counts of one day from another's; keys that did not change are left out. */
export function statisticsChange(
  from: RegisterStatistics,
  to: RegisterStatistics,
): StatisticsChange {
  return {
    from,
    to,
    change: {
      registered: to.registered - from.registered,
      active: to.active - from.active,
      byStatus: difference(from.byStatus, to.byStatus),
      byKind: difference(from.byKind, to.byKind),
      byProvince: difference(from.byProvince, to.byProvince),
      byCity: difference(from.byCity, to.byCity),
      byCounty: difference(from.byCounty, to.byCounty),
      byRegistrarLevel: difference(from.byRegistrarLevel, to.byRegistrarLevel),
      byGrade: difference(from.byGrade, to.byGrade),
      byList: difference(from.byList, to.byList),
    },
  }
}

function difference(before: Counts, after: Counts): Counts {
  const change: Record<string, number> = {}
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const delta = (after[key] ?? 0) - (before[key] ?? 0)
    if (delta !== 0) change[key] = delta
  }
  return sorted(change)
}
