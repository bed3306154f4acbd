import * as z from 'zod'
import { checkArgument } from '../_internal/arguments'
import { type CreditFile, creditFileSchema } from '../credit-file'
import { type PeriodConvention, periodConventions } from '../time'
import type { AnnualReportRules, MonthDay } from './annualReportRules'
import { Boundaries, yearOf } from './compile/dates'
import { type ReportYear, reportYear } from './compile/reportYears'

export type { ReportYear } from './compile/reportYears'

const optionsSchema = z.object({
  at: z.iso.date(),
  year: z.number().int(),
  rules: z.record(z.string(), z.unknown()),
  due: z.string().regex(/^\d{2}-\d{2}$/),
  convention: z.enum(periodConventions),
})

/**
 * Where one year's annual report stands on `at`, exactly as the rules read it (AB-01, the AI
 * rules): `exempt`, `pending`, `missing`, `late` or `on_time`, with the filings that count.
 * For anything else that tracks annual reports, so that it can never disagree with the rules
 * (the yearly duties, `effects.fileAnnualReports`, read each year the same way).
 */
export function annualReportYear(
  file: CreditFile,
  options: {
    readonly at: string
    readonly year: number
    readonly rules: AnnualReportRules
    readonly due: MonthDay
    readonly convention: PeriodConvention
  },
): ReportYear {
  checkArgument(creditFileSchema, file, 'file')
  checkArgument(optionsSchema, options, 'options')
  const { at } = options
  const context = { file, at, year: yearOf(at), kind: file.identity.kind }
  return reportYear(
    context,
    options.rules,
    options.due,
    options.year,
    options.convention,
    new Boundaries(at),
  )
}
