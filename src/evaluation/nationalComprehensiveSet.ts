import type { IndicatorCategory, IndicatorSet } from './indicatorSet'
import { localDefault, socialEvaluation } from './localScoreBands'

// The points of each second-level indicator are a local choice (see LOCAL_NOTES); the four
// categories are EV-03's: 80 + 370 + 430 + 120 = 1000.
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
        maxPoints: 20,
      },
      { id: 'basic.inspection', title: { zh: '年度检查', en: 'Annual inspection' }, maxPoints: 10 },
    ],
  },
  {
    id: 'governance',
    title: { zh: '内部治理', en: 'Internal governance' },
    indicators: [
      {
        id: 'governance.planning',
        title: { zh: '发展规划', en: 'Development plan' },
        maxPoints: 20,
      },
      { id: 'governance.bodies', title: { zh: '组织机构', en: 'Governing bodies' }, maxPoints: 80 },
      { id: 'governance.staff', title: { zh: '人力资源', en: 'Staff' }, maxPoints: 50 },
      {
        id: 'governance.leadership',
        title: { zh: '领导班子建设', en: 'Leadership' },
        maxPoints: 40,
      },
      {
        id: 'governance.records',
        title: { zh: '档案证章管理', en: 'Records, certificates and seals' },
        maxPoints: 30,
      },
      {
        id: 'governance.party',
        title: { zh: '党组织建设', en: 'Party organization' },
        maxPoints: 40,
      },
      {
        id: 'governance.finance',
        title: { zh: '财务资产管理', en: 'Finance and assets' },
        maxPoints: 110,
      },
    ],
  },
  {
    id: 'performance',
    title: { zh: '工作绩效', en: 'Performance' },
    indicators: [
      {
        id: 'performance.services',
        title: { zh: '提供服务', en: 'Services provided' },
        maxPoints: 140,
      },
      {
        id: 'performance.representation',
        title: { zh: '反映诉求', en: 'Representing members' },
        maxPoints: 70,
      },
      {
        id: 'performance.self_regulation',
        title: { zh: '规范行为', en: 'Self-regulation' },
        maxPoints: 70,
      },
      {
        id: 'performance.disclosure',
        title: { zh: '信息公开与宣传', en: 'Disclosure and publicity' },
        maxPoints: 60,
      },
      {
        id: 'performance.distinctive',
        title: { zh: '特色工作', en: 'Distinctive work' },
        maxPoints: 90,
      },
    ],
  },
  socialEvaluation,
]

/** The default comprehensive indicator set for social groups and foundations (local practice). */
export const nationalComprehensiveSet: IndicatorSet = {
  id: 'cn-comprehensive-2011-local',
  title: {
    zh: '社会团体、基金会综合评估指标（默认，地方做法）',
    en: 'Comprehensive evaluation of social groups and foundations (default, local practice)',
  },
  evaluationKind: 'comprehensive',
  orgKinds: ['social_group', 'foundation'],
  ...localDefault,
  categories,
}
