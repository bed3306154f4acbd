import type { IndicatorCategory, IndicatorSet } from './indicatorSet'
import { localDefault, socialEvaluation } from './localScoreBands'

// The points of each second-level indicator are a local choice (see LOCAL_NOTES); the four
// categories are EV-03's: 100 + 400 + 380 + 120 = 1000.
const categories: IndicatorCategory[] = [
  {
    id: 'basic',
    title: { zh: '基础条件', en: 'Basic conditions' },
    indicators: [
      {
        id: 'basic.legal_person',
        title: { zh: '法人资格', en: 'Legal personality' },
        maxPoints: 30,
      },
      { id: 'basic.charter', title: { zh: '章程', en: 'Charter' }, maxPoints: 20 },
      {
        id: 'basic.registration',
        title: { zh: '登记备案', en: 'Registration and filings' },
        maxPoints: 25,
      },
      { id: 'basic.inspection', title: { zh: '年度检查', en: 'Annual inspection' }, maxPoints: 25 },
    ],
  },
  {
    id: 'governance',
    title: { zh: '内部治理', en: 'Internal governance' },
    indicators: [
      {
        id: 'governance.planning',
        title: { zh: '发展规划', en: 'Development plan' },
        maxPoints: 40,
      },
      { id: 'governance.bodies', title: { zh: '组织机构', en: 'Governing bodies' }, maxPoints: 90 },
      { id: 'governance.staff', title: { zh: '人力资源', en: 'Staff' }, maxPoints: 60 },
      {
        id: 'governance.records',
        title: { zh: '档案证章管理', en: 'Records, certificates and seals' },
        maxPoints: 40,
      },
      {
        id: 'governance.party',
        title: { zh: '党组织建设', en: 'Party organization' },
        maxPoints: 40,
      },
      {
        id: 'governance.finance',
        title: { zh: '财务资产管理', en: 'Finance and assets' },
        maxPoints: 130,
      },
    ],
  },
  {
    id: 'activities',
    title: { zh: '业务活动和诚信建设', en: 'Activities and integrity' },
    indicators: [
      {
        id: 'activities.services',
        title: { zh: '业务活动', en: 'Services and activities' },
        maxPoints: 200,
      },
      { id: 'activities.integrity', title: { zh: '诚信建设', en: 'Integrity' }, maxPoints: 100 },
      { id: 'activities.disclosure', title: { zh: '信息公开', en: 'Disclosure' }, maxPoints: 80 },
    ],
  },
  socialEvaluation,
]

/** The default standardisation indicator set for 民办非企业单位 (local practice). */
export const nationalStandardisationSet: IndicatorSet = {
  id: 'cn-standardisation-2011-local',
  title: {
    zh: '民办非企业单位规范化建设评估指标（默认，地方做法）',
    en: 'Standardisation evaluation of private non-enterprise units (default, local practice)',
  },
  evaluationKind: 'standardisation',
  orgKinds: ['social_service_organization'],
  ...localDefault,
  categories,
}
