// 述职: an organization reports on its year to the town.
import * as z from 'zod'
import { defineEntryType, type HostEntryType } from '../../src/index'
import { documentSchema, lineSchema, type Opt, type Strict, textSchema, yearSchema } from './fields'

const dutyReportData: Strict<{
  year: z.ZodNumber
  heardBy: z.ZodString
  summary: z.ZodString
  document: Opt<z.ZodString>
}> = z.strictObject({
  year: yearSchema,
  /** Who heard the report, e.g. 金山卫镇社会组织述职评议会. */
  heardBy: lineSchema,
  summary: textSchema,
  /** The SHA-256 of the full report, kept in the town's files: the ledger commits to its bytes. */
  document: documentSchema.optional(),
})

/**
 * The organization reported on its `year` to the town (社会组织述职) on the entry's effective
 * day. Kept for the authorities: the assessment reads it, the public reads the assessment.
 */
export const dutyReported: HostEntryType<'jinshanwei.DutyReported', typeof dutyReportData> =
  defineEntryType({
    type: 'jinshanwei.DutyReported',
    title: { zh: '社会组织述职', en: 'Duty report of the organization' },
    section: 'dutyReports',
    visibility: 'authorities',
    recordsPastFact: true,
    data: dutyReportData,
  })

/** The payload of an organization's duty report. */
export type DutyReport = z.infer<typeof dutyReportData>
