import { definePolicy } from '../../src/rules/definePolicy'
import type { Policy } from '../../src/rules/policy'
import { type GivenEntry, type RuleSpecification, ruleSpecification } from '../../src/testing'

// Entries as a registrar would record them, a line each, for the scenarios of the packs.

const REGISTRAR = '上海市浦东新区民政局'
type Kind = 'social_group' | 'social_service_organization' | 'foundation'

/** A policy holding only the versions of one rule of `pack`, with the pack's settings. */
export function only(id: string, pack: Policy): Policy {
  const { hash: _hash, rules, ...settings } = pack
  return definePolicy({ ...settings, rules: rules.filter((rule) => rule.id === id) })
}

/** A given/when/then specification of one rule of `pack`. */
export function specOf(id: string, pack: Policy): RuleSpecification {
  return ruleSpecification(only(id, pack))
}

/** A registration (成立登记) on `on`, a county-level social group unless said otherwise. */
export const registered = (
  on: string,
  kind: Kind = 'social_group',
  extra: { charity?: boolean; registrarLevel?: 'national' | 'county' } = {},
): GivenEntry => ({
  type: 'OrganizationRegistered',
  effectiveAt: on,
  data: {
    name: '浦东新区青少年科技教育促进会',
    kind,
    registrar: REGISTRAR,
    registrarLevel: extra.registrarLevel ?? 'county',
    domicile: '上海市浦东新区世纪大道1200号',
    registeredFunds: 30000,
    certificateNumber: '浦社证字第1234号',
    ...(extra.charity === undefined ? {} : { charity: extra.charity }),
  },
})

type AbnormalReason =
  | 'annual_report_missing'
  | 'rectification_overdue'
  | 'warning_or_small_fine'
  | 'no_party_organization'
  | 'fundraising_conditions_unmet'

/** An abnormal-list listing on `on`, resting on the entries `basedOn` names. */
export const listedAbnormal = (
  on: string,
  reason: AbnormalReason,
  basedOn?: number[],
): GivenEntry => ({
  type: 'ListedOnAbnormalList',
  effectiveAt: on,
  data: { reason, department: REGISTRAR, ...(basedOn === undefined ? {} : { basedOn }) },
})

type SeriousReason =
  | 'abnormal_two_years'
  | 'large_fine'
  | 'suspension'
  | 'registration_revoked'
  | 'repeated_minor_penalties'

/** A serious-list listing on `on`, resting on the entries `basedOn` names. */
export const listedSerious = (
  on: string,
  reason: SeriousReason,
  basedOn?: number[],
): GivenEntry => ({
  type: 'ListedOnSeriousList',
  effectiveAt: on,
  data: { reason, department: REGISTRAR, ...(basedOn === undefined ? {} : { basedOn }) },
})

/** The end of the serious listing `amends`. */
export const removedSerious = (on: string, amends: number): GivenEntry => ({
  type: 'RemovedFromSeriousList',
  effectiveAt: on,
  amends,
  data: { reason: 'two_years_clean', department: REGISTRAR },
})

type Sanction =
  | { kind: 'warning' }
  | { kind: 'fine'; amount: number }
  | { kind: 'suspension'; months: number }

type Ground = 'change_not_filed' | 'disclosure_failure' | 'off_mission'

/** A penalty decision of the registrar taking effect on `on`. */
export const penalty = (
  on: string,
  sanctions: Sanction[],
  ground: Ground = 'change_not_filed',
): GivenEntry => ({
  type: 'PenaltyImposed',
  effectiveAt: on,
  ref: `浦民罚决字〔${on.slice(0, 4)}〕1号`,
  data: {
    sanctions,
    ground,
    violated: { instrument: '《社会团体登记管理条例》', article: '第三十条' },
    facts: '住所变更后未在规定期限内办理变更登记',
    department: REGISTRAR,
    decidedOn: on,
  },
})

/** A penalty that is a warning alone. */
export const warning = (on: string, ground?: Ground): GivenEntry =>
  penalty(on, [{ kind: 'warning' }], ground)

/** The penalty `amends` revoked on reconsideration. */
export const penaltyRevoked = (on: string, amends: number): GivenEntry => ({
  type: 'PenaltyRevoked',
  effectiveAt: on,
  amends,
  data: { reason: 'reconsideration', department: '上海市浦东新区人民政府' },
})

/** The annual report for `year`, filed with the registrar on `on`. */
export const report = (
  year: number,
  on: string,
  extra: {
    showsCharitableActivity?: boolean
    audited?: boolean
    staffAndAdminCosts?: number
  } = {},
): GivenEntry => ({
  type: 'AnnualReportFiled',
  effectiveAt: on,
  data: {
    year,
    filedWith: 'registrar',
    ...(extra.showsCharitableActivity === undefined
      ? {}
      : { showsCharitableActivity: extra.showsCharitableActivity }),
    ...(extra.audited === undefined ? {} : { audited: extra.audited }),
    ...(extra.staffAndAdminCosts === undefined
      ? {}
      : {
          financials: {
            income: 1200000,
            expenditure: 1000000,
            staffAndAdminCosts: extra.staffAndAdminCosts,
          },
        }),
  },
})

/** The annual inspection for `year`, concluded on `on`. */
export const inspection = (
  year: number,
  result: 'qualified' | 'basically_qualified' | 'unqualified' | 'not_inspected',
  on: string,
): GivenEntry => ({
  type: 'AnnualInspectionConcluded',
  effectiveAt: on,
  data: {
    year,
    result,
    ...(result === 'qualified' ? {} : { reasons: ['未按期召开会员大会'] }),
    department: REGISTRAR,
  },
})

/** A grade announced on `announcedOn`, valid from `validFrom` (that day unless said) to `validTo`. */
export const graded = (
  grade: '1A' | '2A' | '3A' | '4A' | '5A',
  announcedOn: string,
  validTo: string,
  validFrom: string = announcedOn,
): GivenEntry => ({
  type: 'EvaluationGraded',
  effectiveAt: announcedOn,
  data: {
    grade,
    evaluator: '上海市社会组织评估委员会',
    evaluatorType: 'panel',
    evaluationKind: 'comprehensive',
    announcedOn,
    validFrom,
    validTo,
  },
})

/** A downgrade from 3A to 2A on `on` (for a penalty unless said), with the last day of its cool-off. */
export const downgraded = (
  on: string,
  coolOffUntil?: string,
  ground:
    | 'penalty'
    | 'consecutive_basically_qualified'
    | 'unqualified_or_not_inspected' = 'penalty',
): GivenEntry => ({
  type: 'GradeDowngraded',
  effectiveAt: on,
  data: {
    from: '3A',
    to: '2A',
    ground,
    department: REGISTRAR,
    ...(coolOffUntil === undefined ? {} : { coolOffUntil }),
  },
})

/** A cancelled grade on `on`. */
export const gradeCancelled = (on: string): GivenEntry => ({
  type: 'GradeCancelled',
  effectiveAt: on,
  data: { ground: 'serious_list', department: REGISTRAR },
})

/** A rectification order of `on`, to be done by `deadline`. */
export const rectificationOrdered = (
  on: string,
  deadline: string,
  source: 'spot_check' | 'complaint' = 'spot_check',
): GivenEntry => ({
  type: 'RectificationOrdered',
  effectiveAt: on,
  data: { source, issues: ['财务凭证不全'], deadline, department: REGISTRAR },
})

/** The rectification `amends` completed on `on`. */
export const rectificationCompleted = (on: string, amends: number): GivenEntry => ({
  type: 'RectificationCompleted',
  effectiveAt: on,
  amends,
  data: { verifiedBy: REGISTRAR },
})

/** A service activity on `on`. */
export const activity = (on: string): GivenEntry => ({
  type: 'ActivityHeld',
  effectiveAt: on,
  data: { kind: 'service', description: '社区科普讲座' },
})

/** The annual work report published on `on`. */
export const disclosure = (on: string): GivenEntry => ({
  type: 'DisclosurePublished',
  effectiveAt: on,
  data: {
    category: 'annual_work_report',
    title: '年度工作报告',
    body: '本会年度工作报告全文',
    visibility: 'public',
  },
})

/** A public-fundraising campaign's information published on `on`. */
export const fundraisingDisclosed = (on: string): GivenEntry => ({
  type: 'DisclosurePublished',
  effectiveAt: on,
  data: {
    category: 'public_fundraising',
    title: '公开募捐活动信息',
    body: '助学公开募捐活动方案及募捐情况',
    visibility: 'public',
  },
})

/** The public-fundraising qualification granted on `on`. */
export const fundraisingGranted = (on: string): GivenEntry => ({
  type: 'PublicFundraisingQualificationGranted',
  effectiveAt: on,
  data: { department: '上海市民政局' },
})

/** The public-fundraising certificate revoked on `on`. */
export const fundraisingRevoked = (on: string): GivenEntry => ({
  type: 'PublicFundraisingQualificationRevoked',
  effectiveAt: on,
  data: { reason: 'violation', department: '上海市民政局' },
})

/** A court listing as a dishonest judgment debtor on `on`. */
export const debtorListed = (on: string): GivenEntry => ({
  type: 'DishonestDebtorListed',
  effectiveAt: on,
  data: { court: '上海市浦东新区人民法院', caseNumber: '（2023）沪0115执1234号' },
})

/** The court listing `amends` ended on `on`. */
export const debtorRemoved = (on: string, amends: number): GivenEntry => ({
  type: 'DishonestDebtorRemoved',
  effectiveAt: on,
  amends,
  data: { reason: 'obligation_performed' },
})

/** The registration cancelled (撤销登记) on `on`. */
export const registrationRevoked = (on: string): GivenEntry => ({
  type: 'RegistrationRevoked',
  effectiveAt: on,
  data: {
    kind: 'registration_cancelled',
    ground: 'annual_inspection',
    facts: '连续三年未参加年度检查',
    department: REGISTRAR,
    decidedOn: on,
  },
})

/** A deregistration on `on`, completing a revocation unless said otherwise. */
export const deregistered = (
  on: string,
  reason: 'completes_revocation' | 'dissolution' = 'completes_revocation',
): GivenEntry => ({
  type: 'Deregistered',
  effectiveAt: on,
  data: { reason, department: REGISTRAR },
})

/** A change registration of the legal representative on `on`. */
export const changed = (on: string): GivenEntry => ({
  type: 'RegistrationChanged',
  effectiveAt: on,
  data: { changes: [{ field: 'legal_representative' }] },
})

/** The change registration `amends` revoked on `on`, on `ground`. */
export const changeRevoked = (
  on: string,
  amends: number,
  ground: 'fraud' | 'other',
): GivenEntry => ({
  type: 'ChangeRegistrationRevoked',
  effectiveAt: on,
  amends,
  data: { ground, facts: '提交虚假的会员大会决议', department: REGISTRAR, decidedOn: on },
})

/** A campaign's or project's announcement on `on`, for `period`, or a report on it without one. */
export const campaign = (
  on: string,
  period?: { from: string; to: string },
  category: 'public_fundraising' | 'project' = 'public_fundraising',
): GivenEntry => ({
  type: 'DisclosurePublished',
  effectiveAt: on,
  data: {
    category,
    title: period === undefined ? '募捐和项目实施进展' : '公开募捐方案',
    body: '助学公开募捐活动方案及募捐情况',
    visibility: 'public',
    ...(period === undefined ? {} : { period }),
  },
})

/** An objection filed on `on` against the entries `disputes` names. */
export const objection = (on: string, disputes: number[] = [0]): GivenEntry => ({
  type: 'ObjectionFiled',
  effectiveAt: on,
  data: { disputes, grounds: '登记事项有误' },
})

/** The registrar's decision on the objection `amends`, on `on`. */
export const objectionAnswered = (on: string, amends: number): GivenEntry => ({
  type: 'ObjectionResolved',
  effectiveAt: on,
  amends,
  data: { outcome: 'rejected', reason: '经核实，登记事项无误', department: REGISTRAR },
})
