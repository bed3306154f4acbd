import * as z from 'zod'
import { isoDateSchema } from './day'

type IsoDateList = z.ZodReadonly<z.ZodArray<z.ZodString>>

/**
 * Days off and make-up working days, passed in as data. Weekdays are working days and
 * weekends are not, unless a date is listed: `holidays` are off even on a weekday, and
 * `workdays` (调休上班) are working days even on a weekend. A date may not be in both.
 *
 * @example holidayCalendarSchema.parse(JSON.parse(text))
 */
export const holidayCalendarSchema: z.ZodObject<
  { holidays: IsoDateList; workdays: IsoDateList },
  z.core.$strict
> = z
  .strictObject({
    holidays: z.array(isoDateSchema).readonly(),
    workdays: z.array(isoDateSchema).readonly(),
  })
  .superRefine((calendar, ctx) => {
    const holidays = new Set(calendar.holidays)
    calendar.workdays.forEach((date, index) => {
      if (holidays.has(date)) {
        ctx.addIssue({
          code: 'custom',
          path: ['workdays', index],
          message: `${date} is listed both as a holiday and as a make-up working day`,
        })
      }
    })
  })

/**
 * A working-day calendar. Calendars are read once and cached by identity, so treat one as
 * immutable: build a new object to change it.
 */
export type HolidayCalendar = z.infer<typeof holidayCalendarSchema>
