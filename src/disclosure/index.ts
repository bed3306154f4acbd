export { type DisclosedEntry, discloseEntry } from './disclosedEntry'
export { disclosedLeafHash } from './disclosedLeafHash'
export { type DisclosedPeople, disclosePeople, type ShownPersonField } from './disclosedPeople'
export { disclosingHostTypes } from './disclosingHostTypes'
export { type DisclosurePolicy, disclosurePolicy, disclosurePolicySchema } from './disclosurePolicy'
export { disclosurePolicyHash } from './disclosurePolicyHash'
export { bdi, escapeHtml } from './htmlText'
export { itemNotes } from './itemNotes'
export { nationalDisclosureOptions } from './nationalDisclosureOptions'
export { nationalDisclosurePolicy } from './nationalDisclosurePolicy'
export type { Obligation, ObligationKind, ObligationStatus } from './obligation'
export type { MonthDay, ObligationRules } from './obligationRules'
export { obligations } from './obligations'
export { type PeopleVisibility, peopleVisibilitySchema } from './peopleVisibility'
export type { PolicySource } from './policySource'
export { type PublicationEndedInput, publicationEndings } from './publicationEndings'
export {
  type PublicationWindow,
  publicationWindowSchema,
  type Severity,
  type WindowStart,
} from './publicationWindow'
export {
  type PublicReport,
  type PublicReportOptions,
  publicReport,
  type ReportSource,
} from './publicReport'
export { type PublicEntry, publicView } from './publicView'
export { renderReportHtml } from './renderReportHtml'
export { renderReportText } from './renderReportText'
export type { ReportHtmlOptions } from './reportHtmlOptions'
export type { ReportItem, ReportNote } from './reportItem'
export { type ReportLabels, type ReportLanguage, reportLabels } from './reportLabels'
export { publicReportSchema } from './reportSchema'
export { type ReportSection, reportSections, sectionOf } from './reportSections'
export { REPORT_FORMAT, reportStatementText } from './reportStatement'
export { type ReportView, reportView, type StatusLine, type TableView } from './reportView'
export { sectionTitles } from './sectionTitles'
export { severityOf } from './severityOf'
export {
  type SubjectAccessItem,
  type SubjectAccessReport,
  type SubjectAccessSource,
  subjectAccessReport,
} from './subjectAccessReport'
export { type ReportVerification, type VerifyReportOptions, verifyReport } from './verifyReport'
export { type ReportConsistency, verifyReportConsistency } from './verifyReportConsistency'
export {
  entryVisibilityOf,
  fieldVisibilityOf,
  personFieldVisibilityOf,
  ruleFor,
  stricter,
} from './visibilityOf'
export {
  type EntryVisibility,
  type FieldVisibility,
  type VisibilityRule,
  visibilityRuleSchema,
} from './visibilityRule'
