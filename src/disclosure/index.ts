// The disclosure policy's data types are the rules pack's, and the national policy is national
// data in policies/cn; both are exported here too, where readers of disclosure look for them.
export { nationalDisclosureOptions, nationalDisclosurePolicy } from '../policies'
export {
  type DisclosedEntry,
  type DisclosedPeople,
  disclosedLeafHash,
  discloseEntry,
  disclosePeople,
  type ShownPersonField,
} from '../proof'
export {
  type DisclosurePolicy,
  disclosurePolicy,
  disclosurePolicyHash,
  disclosurePolicySchema,
  type EntryVisibility,
  type FieldVisibility,
  type MonthDay,
  type PeopleVisibility,
  type PolicySource,
  type PublicationWindow,
  peopleVisibilitySchema,
  publicationWindowSchema,
  type Severity,
  type VisibilityRule,
  visibilityRuleSchema,
  type WindowStart,
} from '../rules'
export type { Obligation, ObligationKind, ObligationStatus } from './obligation'
export { obligations } from './obligations'
export { disclosingHostTypes } from './policy/disclosingHostTypes'
export { type PublicationEndedInput, publicationEndings } from './policy/publicationEndings'
export { type PublicEntry, publicView } from './policy/publicView'
export { severityOf } from './policy/severityOf'
export {
  entryVisibilityOf,
  fieldVisibilityOf,
  personFieldVisibilityOf,
  ruleFor,
  stricter,
} from './policy/visibilityOf'
export { bdi, escapeHtml } from './render/htmlText'
export { renderReportHtml } from './render/renderReportHtml'
export { renderReportText } from './render/renderReportText'
export type { ReportHtmlOptions } from './render/reportHtmlOptions'
export { type ReportLabels, type ReportLanguage, reportLabels } from './render/reportLabels'
export { type ReportView, reportView, type StatusLine, type TableView } from './render/reportView'
export { sectionTitles } from './render/sectionTitles'
export { itemNotes } from './report/itemNotes'
export {
  type PublicReport,
  type PublicReportOptions,
  publicReport,
  type ReportSource,
} from './report/publicReport'
export type { ReportItem, ReportNote } from './report/reportItem'
export { publicReportSchema } from './report/reportSchema'
export { type ReportSection, reportSections, sectionOf } from './report/reportSections'
export { REPORT_FORMAT, reportStatementText } from './report/reportStatement'
export {
  type SubjectAccessItem,
  type SubjectAccessReport,
  type SubjectAccessSource,
  subjectAccessReport,
} from './report/subjectAccessReport'
export {
  type ReportVerification,
  type VerifyReportOptions,
  verifyReport,
} from './verify/verifyReport'
export { type ReportConsistency, verifyReportConsistency } from './verify/verifyReportConsistency'
