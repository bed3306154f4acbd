import { addDaysIso, addPeriod, type CalendarPeriod } from '../../time'
import { type Boundaries, nextDay } from '../compile/dates'
import { type DutyInstance, stateOf } from './dutyModule'

/** A disclosure that may report on a campaign: its seq and day. */
export interface CampaignReport {
  readonly seq: number
  readonly on: string
}

/**
 * One report owed per span of `every` counted from `from` (by the Civil Code's corresponding
 * day) whose last day falls before `until`, each keyed `<campaign>:<n>` and met by a report
 * dated inside the span (after its first day, on its last at the latest). A span not yet begun
 * on the date is owed nothing; the day it begins is noted in `bounds`. With `partial`, the days
 * left after the last whole span, up to the day before `until`, are one more span, due on its
 * last day. Shared by CH-05's quarterly progress and CH-04's five-day receipts.
 */
export function spanDuties(options: {
  readonly duty: string
  readonly campaign: number
  readonly from: string
  readonly until: string
  readonly every: CalendarPeriod
  readonly partial?: boolean
  readonly reports: readonly CampaignReport[]
  readonly at: string
  readonly bounds: Boundaries
}): DutyInstance[] {
  const { duty, campaign, from, until, every, reports, at, bounds } = options
  const out: DutyInstance[] = []
  const last = addDaysIso(until, -1)
  let spanStart = from
  for (let k = 1; ; k++) {
    let due = addPeriod(from, scaled(every, k))
    if (due >= until) {
      if (options.partial !== true || spanStart >= last) break
      due = last
    }
    if (spanStart >= at) {
      bounds.add(nextDay(spanStart))
      break
    }
    const done = reports.find((item) => item.on > spanStart && item.on <= due)
    out.push(reportInstance(duty, `${campaign}:${k}`, due, done, campaign, at, bounds))
    spanStart = due
  }
  return out
}

/** One report owed on a campaign, met by `done` or not; an unmet one changes the day after its due day. */
export function reportInstance(
  duty: string,
  key: string,
  due: string,
  done: CampaignReport | undefined,
  campaign: number,
  at: string,
  bounds: Boundaries,
): DutyInstance {
  const doneOn = done?.on ?? null
  if (doneOn === null) bounds.add(nextDay(due))
  return {
    duty,
    key,
    year: null,
    due,
    state: stateOf(due, doneOn, at),
    basedOn: [campaign],
    doneOn,
    doneBy: done?.seq ?? null,
    inputs: done === undefined ? [campaign] : [campaign, done.seq],
  }
}

function scaled(period: CalendarPeriod, times: number): CalendarPeriod {
  return {
    ...(period.years === undefined ? {} : { years: period.years * times }),
    ...(period.months === undefined ? {} : { months: period.months * times }),
    ...(period.days === undefined ? {} : { days: period.days * times }),
  }
}
