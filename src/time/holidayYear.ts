import * as z from 'zod'
import type { PlainIssueCode } from '../errors'
import { dayNumberOf, weekdayOf } from './_internal/dayNumber'
import { isIsoDate, isoDateSchema } from './day'

type IsoDateList = z.ZodReadonly<z.ZodArray<typeof isoDateSchema>>

/**
 * One year's schedule as the State Council's notice for it sets it (国务院办公厅关于XXXX年部分
 * 节假日安排的通知): the days off it names and its make-up working days (调休上班).
 */
export interface HolidayYear {
  readonly year: number
  readonly holidays: readonly string[]
  readonly workdays: readonly string[]
}

/**
 * Checks one year's schedule: real dates, each in the year or in the December before it (a
 * notice's New Year holiday may start then, as the 2019 one did on 2018-12-30), no date both
 * off and worked, and make-up working days on a Saturday or Sunday.
 *
 * @example holidayYearSchema.parse({ year: 2027, holidays: [...], workdays: [...] })
 */
export const holidayYearSchema: z.ZodObject<
  { year: z.ZodNumber; holidays: IsoDateList; workdays: IsoDateList },
  z.core.$strict
> = z
  .strictObject({
    year: z.number().int().min(1).max(9999),
    holidays: z.array(isoDateSchema).readonly(),
    workdays: z.array(isoDateSchema).readonly(),
  })
  .superRefine((schedule, ctx) => {
    const issue = (path: (string | number)[], code: PlainIssueCode, message: string) =>
      ctx.addIssue({ code: 'custom', path, message, params: { code }, input: schedule })
    const year = String(schedule.year).padStart(4, '0')
    const before = String(schedule.year - 1).padStart(4, '0')
    const from = `${before}-12-01`
    const to = `${year}-12-31`
    const off = new Set(schedule.holidays)
    for (const field of ['holidays', 'workdays'] as const) {
      schedule[field].forEach((date, index) => {
        // A date that is not one has its own issue already.
        if (!isIsoDate(date)) return
        if (date < from || date > to) {
          issue(
            [field, index],
            'outside_year',
            `${date} is not in ${year} nor in December ${before}, where its New Year holiday may start`,
          )
        } else if (field === 'workdays' && off.has(date)) {
          issue(
            [field, index],
            'overlap',
            `${date} is listed both as a holiday and as a make-up working day`,
          )
        } else if (
          field === 'workdays' &&
          ![0, 6].includes(weekdayOf(dayNumberOf(date, [field])))
        ) {
          issue(
            [field, index],
            'not_a_weekend',
            `${date} is a weekday, a working day already: a make-up working day falls on a Saturday or Sunday`,
          )
        }
      })
    }
  })
