import type { ReportSection } from './reportSections'

/**
 * The tables of a report page, in the order the national platform shows a record: basic
 * information, registration notices, annual inspections and annual reports, grades, the
 * donation deduction qualification, commendations, government purchases of services, penalties, the lists, other disclosures,
 * then objections and corrections.
 */
export const reportBlocks = [
  'basic',
  'notices',
  'inspections',
  'annualReports',
  'grade',
  'donationDeduction',
  'commendations',
  'servicePurchases',
  'penalties',
  'lists',
  'disclosures',
  'record',
] as const

/** A table of the report page. */
export type ReportBlock = (typeof reportBlocks)[number]

/** The columns the page's tables use. */
export type ReportColumn =
  | 'date'
  | 'matter'
  | 'details'
  | 'notes'
  | 'year'
  | 'result'
  | 'authority'
  | 'title'
  | 'filedWith'
  | 'grade'
  | 'validity'
  | 'evaluator'
  | 'honour'
  | 'level'
  | 'decisionNo'
  | 'facts'
  | 'basis'
  | 'sanctions'
  | 'list'
  | 'listedOn'
  | 'listReason'
  | 'removedOn'
  | 'removalReason'
  | 'category'
  | 'concerns'
  | 'project'
  | 'buyer'
  | 'mode'
  | 'amount'
  | 'term'
  | 'departments'

/**
 * Each table's report section and columns, before the notes column every table ends with;
 * `basic` is a list of fields, not a table.
 */
export const blockLayout: Readonly<
  Record<
    ReportBlock,
    { readonly section: ReportSection; readonly columns: readonly ReportColumn[] }
  >
> = {
  basic: { section: 'basic', columns: [] },
  notices: { section: 'notices', columns: ['date', 'matter', 'details'] },
  inspections: { section: 'inspections', columns: ['year', 'result', 'authority', 'date'] },
  annualReports: { section: 'disclosures', columns: ['year', 'title', 'date', 'filedWith'] },
  grade: { section: 'grade', columns: ['grade', 'validity', 'evaluator', 'date'] },
  donationDeduction: {
    section: 'donationDeduction',
    columns: ['validity', 'departments', 'date', 'result'],
  },
  commendations: {
    section: 'commendations',
    columns: ['honour', 'level', 'authority', 'date'],
  },
  servicePurchases: {
    section: 'servicePurchases',
    columns: ['project', 'buyer', 'mode', 'amount', 'term', 'result', 'date'],
  },
  penalties: {
    section: 'penalties',
    columns: ['decisionNo', 'facts', 'basis', 'sanctions', 'authority', 'date'],
  },
  lists: {
    section: 'lists',
    columns: ['list', 'listedOn', 'listReason', 'authority', 'removedOn', 'removalReason'],
  },
  disclosures: { section: 'disclosures', columns: ['date', 'category', 'title', 'details'] },
  record: { section: 'record', columns: ['date', 'matter', 'concerns', 'details'] },
}

/** The block an item of `section` and `type` is shown in. */
export function blockOf(section: ReportSection, type: string): ReportBlock {
  if (section === 'disclosures')
    return type === 'AnnualReportFiled' ? 'annualReports' : 'disclosures'
  return section
}
