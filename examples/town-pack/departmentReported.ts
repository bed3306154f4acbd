// 有关部门述职: a department of the town reports on its work with the organizations it guides.
import * as z from 'zod'
import { defineEntryType, type HostEntryType } from '../../src/index'
import { documentSchema, lineSchema, type Opt, type Strict, textSchema, yearSchema } from './fields'

const departmentReportData: Strict<{
  year: z.ZodNumber
  department: z.ZodString
  heardBy: z.ZodString
  summary: z.ZodString
  document: Opt<z.ZodString>
}> = z.strictObject({
  year: yearSchema,
  /** The department reporting, e.g. 金山卫镇社区事务办公室; also the entry's `by`. */
  department: lineSchema,
  heardBy: lineSchema,
  /** What the department did for and about this organization in the year. */
  summary: textSchema,
  /** The SHA-256 of the department's whole report, the same on every organization it covers. */
  document: documentSchema.optional(),
})

/**
 * A department of the town reported on its `year` of work with this organization (有关部门述职).
 * A department has no stream of its own: it is no social organization, and filing it as one
 * would put a false organization in the register, its statistics and the national rules. Its
 * report is recorded on the stream of each organization it covers, one entry each, in one
 * batch under the report's document number (`ref`), so each credit file shows what the
 * department did about that organization. Kept for the authorities.
 */
export const departmentReported: HostEntryType<
  'jinshanwei.DepartmentReported',
  typeof departmentReportData
> = defineEntryType({
  type: 'jinshanwei.DepartmentReported',
  title: { zh: '有关部门述职', en: 'Duty report of a town department' },
  section: 'departmentReports',
  visibility: 'authorities',
  recordsPastFact: true,
  data: departmentReportData,
})

/** The payload of a department's duty report, as recorded on one organization's stream. */
export type DepartmentReport = z.infer<typeof departmentReportData>
