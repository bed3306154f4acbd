import * as z from 'zod'
import { builtInEntryType, type EntryTypeDefinition } from '../builtInEntryType'
import { type Enum, lineSchema, type Opt, type Strict, yearSchema, yuanSchema } from './fields'

const financialsSchema: Strict<{
  income: z.ZodNumber
  expenditure: z.ZodNumber
  publicBenefitSpending: Opt<z.ZodNumber>
  staffAndAdminCosts: Opt<z.ZodNumber>
  netAssetsAtYearEnd: Opt<z.ZodNumber>
}> = z.strictObject({
  income: yuanSchema,
  expenditure: yuanSchema,
  /** Spending on public-benefit work (公益事业支出), for the DR-09 ratios. */
  publicBenefitSpending: yuanSchema.optional(),
  /** Staff pay, benefits and administrative costs (工作人员工资福利和行政办公支出). */
  staffAndAdminCosts: yuanSchema.optional(),
  /** Fund balance at year end, the base of a non-public foundation's 8% rule. */
  netAssetsAtYearEnd: yuanSchema.optional(),
})

const annualReportFiledData: Strict<{
  year: z.ZodNumber
  filedWith: Enum<'registrar' | 'supervising_unit'>
  title: Opt<z.ZodString>
  financials: Opt<typeof financialsSchema>
  audited: Opt<z.ZodBoolean>
  auditFirm: Opt<z.ZodString>
  showsCharitableActivity: Opt<z.ZodBoolean>
}> = z
  .strictObject({
    /** The year the report covers, not the year it was filed in. */
    year: yearSchema,
    /** AI-01: to the supervising unit by 31 March, to the registrar by 31 May. */
    filedWith: z.enum(['registrar', 'supervising_unit']),
    title: lineSchema.optional(),
    financials: financialsSchema.optional(),
    /** Whether a CPA audit report is attached (required of foundations, AI-03). */
    audited: z.boolean().optional(),
    auditFirm: lineSchema.optional(),
    /** For charities: whether the year shows charitable activity (DR-10). */
    showsCharitableActivity: z.boolean().optional(),
  })
  .refine((report) => report.auditFirm === undefined || report.audited === true, {
    message: 'an audit firm is named only for an audited report',
    path: ['auditFirm'],
  })

/**
 * The annual work report (年度工作报告) for `year` was filed on the day of `effectiveAt`.
 * Whether that was late is for a policy to say.
 */
export const annualReportFiled: EntryTypeDefinition<
  'AnnualReportFiled',
  typeof annualReportFiledData
> = builtInEntryType({
  type: 'AnnualReportFiled',
  recordsPastFact: true,
  data: annualReportFiledData,
  category: 'annual_report',
  title: { en: 'Annual report filed', zh: '报送年度工作报告' },
})

/** What the annual report states. */
export type AnnualReportFiledData = z.infer<typeof annualReportFiledData>
