export type { Language } from '../language'
export type {
  AnnualReportOverride,
  AnnualReportRules,
  ByKind,
  MonthDay,
} from './annualReportRules'
export { annualReportYear, type ReportYear } from './annualReportYear'
export {
  type Citation,
  type Confidence,
  citationSchema,
  confidences,
  type RuleSource,
  ruleSourceSchema,
} from './citation'
export { compare, type PolicyComparison, type PolicyDifference } from './compare'
export type {
  Attribute,
  Condition,
  ConditionKind,
  DateRef,
  ListName,
  ReportState,
} from './condition'
export { conditionSchema } from './conditionSchema'
export type {
  Decision,
  DecisionBase,
  EntitlementDecision,
  ObligationDecision,
  ObligationInstance,
  ProposalDecision,
  ProposedEntry,
} from './decision'
export { definePolicy, policyFromJson, safePolicyFromJson } from './definePolicy'
export {
  type DisclosurePolicy,
  disclosurePolicy,
  disclosurePolicySchema,
  safeDisclosurePolicy,
} from './disclosure/disclosurePolicy'
export { disclosurePolicyHash } from './disclosure/disclosurePolicyHash'
export { type PeopleVisibility, peopleVisibilitySchema } from './disclosure/peopleVisibility'
export { type PolicySource, policySourceSchema } from './disclosure/policySource'
export {
  type PublicationWindow,
  publicationWindowSchema,
  type Severity,
  type WindowStart,
} from './disclosure/publicationWindow'
export {
  type EntryVisibility,
  type FieldVisibility,
  type VisibilityRule,
  visibilityRuleSchema,
} from './disclosure/visibilityRule'
export { dutyHistory } from './dutyHistory'
export type { Authored, DueRule, Duty, Effect, EffectKind, Mode } from './effect'
export { effectSchema } from './effectSchema'
export { effects } from './effects'
export type {
  EntryFilter,
  FilterSection,
  HostSection,
  Operand,
  Predicate,
  Scalar,
  Section,
  Window,
} from './entryFilter'
export { sections } from './entryFilter'
export { type EvaluateOptions, evaluate } from './evaluate'
export type { Explanation } from './explanation'
export type { LocalText } from './localText'
export { type NextChangeOptions, nextChange } from './nextChange'
export { type OrgKind, orgKinds } from './orgKind'
export { type Policy, type PolicyDocument, policyDocumentSchema } from './policy'
export { policyHash } from './policyHash'
export { effectText, render } from './render'
export { checkRule, type Effective, type Rule, rule, ruleSchema } from './rule'
export { decisionSubstance, sameDecisions } from './sameDecisions'
export { entitlements, isEntitled, obligations, proposals } from './selectors'
export {
  type SweepLedger,
  type SweepOptions,
  type SweepProgress,
  type SweepResult,
  sweep,
} from './sweep'
export {
  checkSweepState,
  type SweepState,
  type SweptOrganization,
  sweepStateSchema,
} from './sweepState'
export { when } from './when'
export { entries, type FilterOptions, where } from './where'
