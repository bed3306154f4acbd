import { gradeOn, registeredBy, statusOn, stayOn } from './recordOnDay'
import type { RegisterRecord } from './registerRecord'
import type { RegisterStatistics } from './registerStore'

/** The register's counts on a day, from its records: what every store's `statistics` returns. */
export function statisticsOf(records: Iterable<RegisterRecord>, on: string): RegisterStatistics {
  const byStatus: Record<string, number> = {}
  const byKind: Record<string, number> = {}
  const byProvince: Record<string, number> = {}
  const byCity: Record<string, number> = {}
  const byCounty: Record<string, number> = {}
  const byRegistrarLevel: Record<string, number> = {}
  const byGrade: Record<string, number> = {}
  const byList = { abnormal: 0, serious: 0, none: 0 }
  let registered = 0
  let active = 0
  for (const record of records) {
    if (!registeredBy(record, on)) continue
    registered++
    const status = statusOn(record, on)
    count(byStatus, status)
    if (status !== 'active') continue
    active++
    count(byKind, record.kind)
    const division = record.division
    count(byProvince, division === null ? 'none' : `${division.slice(0, 2)}0000`)
    count(byCity, division === null ? 'none' : `${division.slice(0, 4)}00`)
    count(byCounty, division ?? 'none')
    count(byRegistrarLevel, record.registrarLevel ?? 'none')
    count(byGrade, gradeOn(record, on) ?? 'none')
    const onList = (list: 'abnormal' | 'serious') =>
      record.stays.some((stay) => stay.list === list && stayOn(stay, on))
    const abnormal = onList('abnormal')
    const serious = onList('serious')
    if (abnormal) byList.abnormal++
    if (serious) byList.serious++
    if (!abnormal && !serious) byList.none++
  }
  return {
    on,
    registered,
    byStatus: sorted(byStatus),
    active,
    byKind: sorted(byKind),
    byProvince: sorted(byProvince),
    byCity: sorted(byCity),
    byCounty: sorted(byCounty),
    byRegistrarLevel: sorted(byRegistrarLevel),
    byGrade: sorted(byGrade),
    byList,
  }
}

function count(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1
}

/** Keys in order, so that two stores' answers compare equal and print alike. */
export function sorted(counts: Readonly<Record<string, number>>): Record<string, number> {
  const result: Record<string, number> = {}
  for (const key of Object.keys(counts).sort()) result[key] = counts[key] as number
  return result
}
