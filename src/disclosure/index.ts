export {
  type DisclosedEntry,
  type DisclosedPeople,
  disclosedLeafHash,
  discloseEntry,
  disclosePeople,
  type ShownPersonField,
} from '../proof'
export { type DisclosurePolicy, disclosurePolicy, disclosurePolicySchema } from './disclosurePolicy'
export { disclosurePolicyHash } from './disclosurePolicyHash'
export { nationalDisclosureOptions } from './nationalDisclosureOptions'
export { nationalDisclosurePolicy } from './nationalDisclosurePolicy'
export type { Obligation, ObligationKind, ObligationStatus } from './obligation'
export { obligations } from './obligations'
export { disclosingHostTypes } from './policy/disclosingHostTypes'
export { type PeopleVisibility, peopleVisibilitySchema } from './policy/peopleVisibility'
export { type PublicationEndedInput, publicationEndings } from './policy/publicationEndings'
export {
  type PublicationWindow,
  publicationWindowSchema,
  type Severity,
  type WindowStart,
} from './policy/publicationWindow'
export { type PublicEntry, publicView } from './policy/publicView'
export { severityOf } from './policy/severityOf'
export {
  entryVisibilityOf,
  fieldVisibilityOf,
  personFieldVisibilityOf,
  ruleFor,
  stricter,
} from './policy/visibilityOf'
export {
  type EntryVisibility,
  type FieldVisibility,
  type VisibilityRule,
  visibilityRuleSchema,
} from './policy/visibilityRule'
export type { PolicySource } from './policySource'
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
