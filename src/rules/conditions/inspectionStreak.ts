import type { InspectionView } from '../../credit-file'
import { Boundaries, yearOf } from '../compile/dates'
import type { Condition } from '../condition'
import type { Evaluate } from './conditionModule'

type Inspections = Extract<Condition, { kind: 'consecutiveYears'; of: 'inspections' }>

/**
 * `consecutiveYears` of inspections: the conclusions of the last `years` years all are among
 * `match` (`missing`: no conclusion recorded for a year since founding). The streak ends at the
 * latest year concluded by the date, or at the year before the date with `ending: 'previous_year'`.
 */
export function inspectionStreak(condition: Inspections): Evaluate {
  return (context) => {
    const bounds = new Boundaries(context.at)
    const byYear = new Map<number, InspectionView>()
    let latest: number | null = null
    for (const inspection of Object.values(context.file.inspections)) {
      bounds.add(inspection.on)
      if (inspection.on > context.at) continue
      byYear.set(inspection.year, inspection)
      if (latest === null || inspection.year > latest) latest = inspection.year
    }
    let last = latest
    if (condition.ending === 'previous_year') {
      last = context.year - 1
      bounds.add(`${context.year}-01-01`)
      bounds.add(`${context.year + 1}-01-01`)
    }
    const founded = context.file.registration.opened?.on ?? null
    const firstYear = founded === null ? Number.POSITIVE_INFINITY : yearOf(founded)
    const states: string[] = []
    const seqs: number[] = []
    if (last !== null) {
      for (let year = last - condition.years + 1; year <= last; year++) {
        const found = byYear.get(year)
        if (found !== undefined) seqs.push(found.seq)
        states.push(found?.result ?? (year < firstYear ? 'before' : 'missing'))
      }
    }
    return {
      value: last !== null && states.every((state) => condition.match.includes(state as never)),
      seqs: seqs.sort((a, b) => a - b),
      since: bounds.since,
      changesOn: bounds.change,
      flipsOn: bounds.change,
      facts: {
        from: last === null ? null : last - condition.years + 1,
        to: last,
        states: states.join(' '),
      },
    }
  }
}
