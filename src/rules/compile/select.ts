import { elapsesOn, periodEnd, withinStart } from '../../time'
import type { EntryFilter, Window } from '../entryFilter'
import { closureAt } from './closureAt'
import { Boundaries, yearOf } from './dates'
import type { CompileOptions, Context } from './outcome'
import { compilePredicate } from './predicate'
import { type Item, readerOf } from './sections'

/** The items a filter and window select on a date, and the days around it when that changed or will. */
export interface Selection {
  readonly matched: readonly Item[]
  readonly bounds: Boundaries
}

interface WindowOn {
  readonly inside: (day: string) => boolean
  /** Notes the days an item of that day entered and leaves the window. */
  readonly note: (day: string, bounds: Boundaries) => void
}

/** Compiles a filter and an optional window into a selection over a file on a date. */
export function compileSelection(
  filter: EntryFilter,
  window: Window | undefined,
  options: CompileOptions,
): (context: Context) => Selection {
  const section = readerOf(filter.of)
  const test = filter.where === undefined ? null : compilePredicate(filter.where)
  const within = window === undefined ? null : compileWindow(window, options)
  const standing = filter.standing === true
  const basisList = filter.notBasisOf
  const countsFrom = filter.countsFrom
  const dayOf = countsFrom === undefined ? section.date : (item: Item) => item[countsFrom] as string
  return (context) => {
    const { file, at } = context
    const bounds = new Boundaries(at)
    const cited = basisList === undefined ? null : citedBy(context, basisList, bounds)
    const windowOn = within === null ? null : within(context, bounds)
    const matched: Item[] = []
    for (const item of section.items(file)) {
      const day = dayOf(item)
      if (day > at) {
        bounds.add(day)
        continue
      }
      if (standing) {
        const ended = section.ended(item)
        bounds.add(ended)
        if (ended !== null && ended <= at) continue
      }
      if (test !== null && !test(item, bounds)) continue
      if (cited?.has(section.seq(item))) continue
      if (windowOn !== null) {
        windowOn.note(day, bounds)
        if (!windowOn.inside(day)) continue
      }
      bounds.add(day)
      matched.push(item)
    }
    return { matched, bounds }
  }
}

function citedBy(context: Context, list: 'abnormal' | 'serious', bounds: Boundaries): Set<number> {
  const cited = new Set<number>()
  const stays = list === 'abnormal' ? context.file.abnormalList : context.file.seriousList
  for (const stay of stays) {
    if (stay.listedOn > context.at) bounds.add(stay.listedOn)
    else for (const seq of stay.basedOn) cited.add(seq)
  }
  return cited
}

function compileWindow(
  window: Window,
  options: CompileOptions,
): (context: Context, bounds: Boundaries) => WindowOn {
  const convention = options.convention
  if ('calendarYear' in window) {
    const offset = window.calendarYear === 'previous' ? 1 : 0
    return (context) => {
      const year = context.year - offset
      return {
        inside: (day) => yearOf(day) === year,
        note: (day, bounds) => {
          bounds.add(`${yearOf(day) + offset}-01-01`)
          bounds.add(`${yearOf(day) + offset + 1}-01-01`)
        },
      }
    }
  }
  if ('from' in window) {
    const period = window.period
    if (window.from === 'registration') {
      return (context) => {
        const founded = context.file.registration.opened?.on ?? null
        const last =
          founded === null || period === undefined ? null : periodEnd(founded, period, convention)
        return {
          inside: (day) => founded !== null && day >= founded && (last === null || day <= last),
          note: () => {},
        }
      }
    }
    return (context, bounds) => {
      const found = closureAt(context.file, context.at)
      bounds.add(found.bounds.since)
      bounds.add(found.bounds.change)
      const from = found.closure?.on ?? null
      const last =
        from === null || period === undefined ? null : periodEnd(from, period, convention)
      return {
        inside: (day) => from !== null && day >= from && (last === null || day <= last),
        note: () => {},
      }
    }
  }
  return (context) => {
    // "Within N years" keeps the anniversary under either convention, so the trailing window
    // does not follow the pack's period convention.
    const start = withinStart(context.at, window)
    return {
      inside: (day) => day >= start,
      note: (day, bounds) => bounds.add(elapsesOn(day, window, 'civil_code')),
    }
  }
}
