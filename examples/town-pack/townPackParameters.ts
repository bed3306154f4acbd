import * as z from 'zod'
import { LedgerError } from '../../src/index'

/** The choices a town makes when it adopts the pack. */
export interface TownPackParameters {
  /** The day each year's work plan is due, `MM-DD`, from 01-02 to 11-30 (default `01-31`). */
  readonly planDue: string
  /** The first year the town's measures apply (default 2025). */
  readonly firstYear: number
  /** The last year they apply (default 2026): a rule version per year, so the years are named. */
  readonly lastYear: number
  /** Days the registrar has to review a referral (default 30). */
  readonly referralDays: number
}

const monthDay = z
  .string()
  .regex(/^\d{2}-\d{2}$/, 'expected MM-DD, such as 01-31')
  .refine((day) => isDayOfEveryYear(day), {
    message: 'expected a day of every year between 01-02 and 11-30 (not 02-29)',
  })

/** Checks the pack's parameters and fills in the defaults. */
export const townPackParametersSchema: z.ZodType<
  TownPackParameters,
  Partial<TownPackParameters>
> = z
  .strictObject({
    planDue: monthDay.default('01-31'),
    firstYear: z.number().int().min(2000).max(2100).default(2025),
    lastYear: z.number().int().min(2000).max(2100).default(2026),
    referralDays: z.number().int().min(1).max(365).default(30),
  })
  .refine((p) => p.firstYear <= p.lastYear && p.lastYear - p.firstYear < 50, {
    path: ['lastYear'],
    message: 'expected a last year from the first year to 49 years after it',
  }) as z.ZodType<TownPackParameters, Partial<TownPackParameters>>

/** The parameters with the defaults filled in; throws `INVALID_INPUT` naming every wrong field. */
export function parseTownPackParameters(input: unknown): TownPackParameters {
  const parsed = townPackParametersSchema.safeParse(input)
  if (parsed.success) return parsed.data
  const issues = parsed.error.issues.map((issue) => ({
    code: issue.code,
    path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
    message: issue.message,
  }))
  const first = issues[0]
  throw new LedgerError(
    'INVALID_INPUT',
    `town pack parameters: ${first?.path.join('.')}: ${first?.message}`,
    issues,
  )
}

/** Days from 1 January of `year` to its `MM-DD`: the period a plan due on that day runs. */
export function daysFromNewYear(year: number, monthDay: string): number {
  const [month, day] = monthDay.split('-').map(Number) as [number, number]
  return (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000
}

function isDayOfEveryYear(monthDay: string): boolean {
  const [month, day] = monthDay.split('-').map(Number) as [number, number]
  const date = new Date(Date.UTC(2001, month - 1, day))
  const real = date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return real && monthDay >= '01-02' && monthDay <= '11-30'
}
