import { gradeOn, registeredBy, statusOn, stayOn } from './recordOnDay'
import type { RegisterRecord } from './registerRecord'
import type { RegisterStatistics } from './registerStore'
import { count, countDivision, emptyCounts, statisticsFrom } from './statisticsCounts'

/** The register's counts on a day, from its records: what every store's `statistics` returns. */
export function statisticsOf(records: Iterable<RegisterRecord>, on: string): RegisterStatistics {
  const counts = emptyCounts()
  let registered = 0
  let active = 0
  for (const record of records) {
    if (!registeredBy(record, on)) continue
    registered++
    const status = statusOn(record, on)
    count(counts.byStatus, status)
    if (status !== 'active') continue
    active++
    count(counts.byKind, record.kind)
    countDivision(counts, record.division)
    count(counts.byRegistrarLevel, record.registrarLevel ?? 'none')
    count(counts.byGrade, gradeOn(record, on) ?? 'none')
    const onList = (list: 'abnormal' | 'serious') =>
      record.stays.some((stay) => stay.list === list && stayOn(stay, on))
    const abnormal = onList('abnormal')
    const serious = onList('serious')
    if (abnormal) counts.byList.abnormal++
    if (serious) counts.byList.serious++
    if (!abnormal && !serious) counts.byList.none++
  }
  return statisticsFrom(on, registered, active, counts)
}
