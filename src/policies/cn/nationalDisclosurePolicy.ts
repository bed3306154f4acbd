import {
  type DisclosurePolicy,
  disclosurePolicy,
  type PolicySource,
  type VisibilityRule,
} from '../../rules'
import { SERIOUS_FINE_FROM } from './penaltyKinds'

const ORDER_60: PolicySource = {
  id: 'CR-05',
  instrument: '《社会组织信用信息管理办法》（民政部令第60号）',
  note: 'Credit information, the abnormal list and the serious list are public (Arts. 6-7 and the publication articles).',
}
const PLATFORM: PolicySource = {
  instrument: '全国社会组织信用信息公示平台',
  note: 'The fields the platform shows (rules.md open question 10); anything else stays with the authorities.',
}
const PIPL: PolicySource = {
  instrument: '《中华人民共和国个人信息保护法》',
  note: 'People named in entries are held beside the ledger; only their erasure, and what the platform shows of the legal representative, is public.',
}
const LEGAL_REPRESENTATIVE: PolicySource = {
  instrument: '全国社会组织信用信息公示平台',
  note: 'The platform shows the legal representative (法定代表人) among the basic information; id numbers and other people stay with the authorities.',
}

const EVALUATION: PolicySource = {
  id: 'EV-06',
  instrument: '《社会组织评估管理办法》（民政部令第39号）',
  article: '第十六条',
  note: 'The preliminary result is noticed publicly and the grade announced with its certificate and plaque; the steps before, the score sheet and the reviews stay with the authorities, and so do the panel members named beside an entry.',
}

const CHARITY_PLATFORM: PolicySource = {
  id: 'CH-03',
  instrument: '《慈善组织公开募捐管理办法》（民政部令第74号）',
  article: '第十一条',
  note: 'The authority publishes a filed fundraising plan within 10 days, as 慈善中国 shows it; an application and a refusal are not published.',
}
const SERVICE_PURCHASE: PolicySource = {
  id: 'CR-02',
  instrument: ORDER_60.instrument,
  article: '第七条',
  note: 'Government purchase of services and entrusted work are among the other credit information, shown with the contract and its acceptance.',
}
const DEDUCTION: PolicySource = {
  id: 'JR-07',
  instrument: '《财政部 税务总局 民政部关于公益性捐赠税前扣除有关事项的公告》（2020年第27号）',
  note: 'The qualification and its cancellation are published by joint announcement, and the platform shows them.',
}
const LIQUIDATION: PolicySource = {
  id: 'DR-01',
  instrument: '《社会团体登记管理条例》《民办非企业单位登记管理暂行条例》《基金会管理条例》',
  note: 'A liquidation and its end are shown, as the registrar announces the deregistration that follows; the application itself is the registrar’s file until decided.',
}

const shown: VisibilityRule = { entry: 'public', source: ORDER_60 }
const kept: VisibilityRule = { entry: 'authorities', source: PLATFORM }
const evaluationKept: VisibilityRule = { entry: 'authorities', source: EVALUATION }
const evaluationShown: VisibilityRule = { entry: 'public', source: EVALUATION }

/**
 * The national default (Order 60): registration, changes and closures, annual reports and
 * inspections, grades, commendations, penalties and both lists are public for as long as the
 * record exists, with the details the public platform does not show (report figures,
 * inspection findings, scores, objection grounds) kept for the authorities. Of an evaluation,
 * the public notice of its result, the grade and the certificate's issue and return are public
 * (Order 39 Art. 16); the application, eligibility, evaluator, score sheet and reviews are the
 * authorities', and a panel's members are never shown. Filed fundraising plans are public as
 * 慈善中国 shows them (Order 74 Art. 11), the application for the qualification and a refusal
 * the authorities'; government purchases of services and their acceptance are public (Order 60
 * Art. 7). Disclosures are
 * as public as the organization declares them. Of the people named, only the legal
 * representative's role and name on registrations and their changes are public, as on the
 * platform. No publication window: Order 60 sets none (open question 5); see
 * `nationalDisclosureOptions`. The duties to disclose (annual reports, audits, fundraising
 * reports) are the national rules pack's, `cnPolicy`.
 */
export const nationalDisclosurePolicy: DisclosurePolicy = disclosurePolicy({
  id: 'cn-national-disclosure',
  version: '2018-01-24',
  title: {
    zh: '社会组织信用信息公示（全国）',
    en: 'Publication of social organizations’ credit information (national)',
  },
  sources: [ORDER_60, PLATFORM, PIPL, DEDUCTION, LIQUIDATION],
  visibility: {
    default: kept,
    types: {
      OrganizationRegistered: shown,
      OrganizationFiled: shown,
      RegistrationChanged: shown,
      ChangeRegistrationRevoked: shown,
      CharityRecognized: shown,
      PublicFundraisingQualificationGranted: shown,
      PublicFundraisingQualificationRevoked: shown,
      ActivityHeld: kept,
      AnnualReportFiled: {
        entry: 'public',
        fields: { 'data.financials': 'authorities', 'data.showsCharitableActivity': 'authorities' },
        source: PLATFORM,
      },
      AnnualInspectionConcluded: {
        entry: 'public',
        fields: { 'data.reasons': 'authorities' },
        source: PLATFORM,
      },
      RectificationOrdered: kept,
      RectificationCompleted: kept,
      EvaluationApplied: evaluationKept,
      EvaluationInitiated: evaluationKept,
      EvaluationEligibilityDecided: evaluationKept,
      EvaluatorAssigned: evaluationKept,
      EvaluationScored: evaluationKept,
      EvaluationResultNoticed: {
        entry: 'public',
        fields: { 'data.score': 'authorities' },
        source: EVALUATION,
      },
      EvaluationReviewRequested: evaluationKept,
      EvaluationReviewAnswered: evaluationKept,
      EvaluationConcluded: evaluationKept,
      EvaluationCertificateIssued: evaluationShown,
      EvaluationCertificateReturned: evaluationShown,
      EvaluationGraded: {
        entry: 'public',
        fields: { 'data.score': 'authorities' },
        source: PLATFORM,
      },
      GradeDowngraded: shown,
      GradeCancelled: shown,
      Commended: shown,
      PenaltyImposed: shown,
      PenaltyRevoked: shown,
      ListedOnAbnormalList: shown,
      RemovedFromAbnormalList: shown,
      ListedOnSeriousList: shown,
      RemovedFromSeriousList: shown,
      DishonestDebtorListed: shown,
      DishonestDebtorRemoved: shown,
      DisclosurePublished: {
        entry: 'declared',
        source: { id: 'CR-02', instrument: '《慈善法》第七十一条至第七十九条' },
      },
      ObjectionFiled: {
        entry: 'public',
        fields: { 'data.grounds': 'authorities', 'data.evidence': 'authorities' },
        source: {
          id: 'OB-01',
          instrument: ORDER_60.instrument,
          note: 'That an entry is disputed is shown; why is not.',
        },
      },
      ObjectionResolved: shown,
      EntryCorrected: { entry: 'inherit', fields: { 'data.fields': 'target' }, source: ORDER_60 },
      EntryRetracted: kept,
      PersonalDataErased: { entry: 'inherit', source: PIPL },
      PublicationEnded: {
        entry: 'authorities',
        source: {
          id: 'RP-02',
          instrument: '《信用修复管理办法》',
          note: 'Showing that publication ended would show what ended.',
        },
      },
      Deregistered: shown,
      RegistrationRevoked: shown,
      Banned: shown,
      NoticeServed: kept,
      PartyOrganizationStatusRecorded: kept,
      NotResponsibleCertified: kept,
      InvestigationOpened: kept,
      InvestigationClosed: kept,
      PublicFundraisingApplied: { entry: 'authorities', source: CHARITY_PLATFORM },
      PublicFundraisingRefused: { entry: 'authorities', source: CHARITY_PLATFORM },
      FundraisingPlanFiled: { entry: 'public', source: CHARITY_PLATFORM },
      ServicePurchaseContracted: { entry: 'public', source: SERVICE_PURCHASE },
      ServicePurchaseCompleted: { entry: 'public', source: SERVICE_PURCHASE },
      DonationDeductionQualificationGranted: { entry: 'public', source: DEDUCTION },
      DonationDeductionQualificationLost: { entry: 'public', source: DEDUCTION },
      LiquidationStarted: { entry: 'public', source: LIQUIDATION },
      LiquidationCompleted: { entry: 'public', source: LIQUIDATION },
      DeregistrationApplied: { entry: 'authorities', source: LIQUIDATION },
    },
  },
  people: [
    {
      roles: ['legal_representative'],
      fields: ['role', 'name'],
      types: ['OrganizationRegistered', 'RegistrationChanged'],
      source: LEGAL_REPRESENTATIVE,
    },
  ],
  windows: [],
  severity: {
    seriousTypes: ['ListedOnSeriousList', 'RegistrationRevoked', 'Banned', 'DishonestDebtorListed'],
    seriousSanctions: ['suspension', 'certificate_revoked', 'registration_revoked'],
    seriousFineFrom: SERIOUS_FINE_FROM,
  },
})
