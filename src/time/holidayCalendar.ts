import * as z from 'zod'
import type { PlainIssueCode } from '../errors'
import { isIsoDate, isoDateSchema } from './day'

type IsoDateList = z.ZodReadonly<z.ZodArray<typeof isoDateSchema>>
type Coverage = z.ZodObject<
  { from: typeof isoDateSchema; to: typeof isoDateSchema },
  z.core.$strict
>

/** The first and last day a calendar vouches for, both included. */
export const calendarCoverageSchema: Coverage = z.strictObject({
  from: isoDateSchema,
  to: isoDateSchema,
})

/**
 * Days off and make-up working days, passed in as data. Weekdays are working days and
 * weekends are not, unless a date is listed: `holidays` are off even on a weekday, and
 * `workdays` (调休上班) are working days even on a weekend. A date may not be in both.
 * `coverage` says which days the lists are complete for: counting working days past it is
 * refused with `OUTSIDE_CALENDAR`. Without it, the calendar vouches for every day.
 *
 * @example holidayCalendarSchema.parse(JSON.parse(text))
 */
export const holidayCalendarSchema: z.ZodObject<
  { coverage: z.ZodOptional<Coverage>; holidays: IsoDateList; workdays: IsoDateList },
  z.core.$strict
> = z
  .strictObject({
    coverage: calendarCoverageSchema.optional(),
    holidays: z.array(isoDateSchema).readonly(),
    workdays: z.array(isoDateSchema).readonly(),
  })
  .superRefine((calendar, ctx) => {
    const holidays = new Set(calendar.holidays)
    const issue = (path: (string | number)[], code: PlainIssueCode, message: string) =>
      ctx.addIssue({ code: 'custom', path, message, params: { code }, input: calendar })
    calendar.workdays.forEach((date, index) => {
      if (holidays.has(date)) {
        issue(
          ['workdays', index],
          'overlap',
          `${date} is listed both as a holiday and as a make-up working day`,
        )
      }
    })
    const coverage = calendar.coverage
    // A date that is not one has its own issue already.
    if (coverage === undefined || !isIsoDate(coverage.from) || !isIsoDate(coverage.to)) return
    if (coverage.from > coverage.to) {
      issue(['coverage', 'to'], 'coverage_order', `the coverage ends before it starts`)
      return
    }
    for (const field of ['holidays', 'workdays'] as const) {
      calendar[field].forEach((date, index) => {
        if (isIsoDate(date) && (date < coverage.from || date > coverage.to)) {
          issue(
            [field, index],
            'outside_coverage',
            `${date} is outside the coverage, ${coverage.from} to ${coverage.to}`,
          )
        }
      })
    }
  })

/**
 * A working-day calendar. Calendars are read once and cached by identity, so treat one as
 * immutable: build a new object to change it.
 */
export type HolidayCalendar = z.infer<typeof holidayCalendarSchema>
