import type { RegisterStatistics } from './registerStore'

/** The counts of `RegisterStatistics` while a store gathers them, keyed as they will be read. */
export interface StatisticsCounts {
  readonly byStatus: Record<string, number>
  readonly byKind: Record<string, number>
  readonly byProvince: Record<string, number>
  readonly byCity: Record<string, number>
  readonly byCounty: Record<string, number>
  readonly byRegistrarLevel: Record<string, number>
  readonly byGrade: Record<string, number>
  readonly byList: { abnormal: number; serious: number; none: number }
}

/** Counts at zero. */
export function emptyCounts(): StatisticsCounts {
  return {
    byStatus: {},
    byKind: {},
    byProvince: {},
    byCity: {},
    byCounty: {},
    byRegistrarLevel: {},
    byGrade: {},
    byList: { abnormal: 0, serious: 0, none: 0 },
  }
}

/** Adds `n` under `key`. */
export function count(counts: Record<string, number>, key: string, n = 1): void {
  counts[key] = (counts[key] ?? 0) + n
}

/**
 * Adds `n` organizations of a registrar's division to its province (`310000`), city (`310100`)
 * and county (`310116`); a filed group has no division and counts as `none`.
 */
export function countDivision(counts: StatisticsCounts, division: string | null, n = 1): void {
  count(counts.byProvince, division === null ? 'none' : `${division.slice(0, 2)}0000`, n)
  count(counts.byCity, division === null ? 'none' : `${division.slice(0, 4)}00`, n)
  count(counts.byCounty, division ?? 'none', n)
}

/** The statistics of a day from its counts, every key in order so that stores compare equal. */
export function statisticsFrom(
  on: string,
  registered: number,
  active: number,
  counts: StatisticsCounts,
): RegisterStatistics {
  return {
    on,
    registered,
    byStatus: sorted(counts.byStatus),
    active,
    byKind: sorted(counts.byKind),
    byProvince: sorted(counts.byProvince),
    byCity: sorted(counts.byCity),
    byCounty: sorted(counts.byCounty),
    byRegistrarLevel: sorted(counts.byRegistrarLevel),
    byGrade: sorted(counts.byGrade),
    byList: { ...counts.byList },
  }
}

/** Keys in order, so that two stores' answers compare equal and print alike. */
export function sorted(counts: Readonly<Record<string, number>>): Record<string, number> {
  const result: Record<string, number> = {}
  for (const key of Object.keys(counts).sort()) result[key] = counts[key] as number
  return result
}
