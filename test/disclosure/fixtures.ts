import type { Ledger } from '../../src/createLedger'
import type { EntryInput } from '../../src/ledger/entryInput'
import type { EventStore } from '../../src/store/eventStore'
import { annualReport, GROUP, newLedger, registration, warning } from '../ledger/fixtures'

export { GROUP, signer } from '../ledger/fixtures'

const DISTRICT = '上海市金山区民政局'

/** The people named beside the registration: the legal representative and a council member. */
export const PEOPLE = [
  { role: 'legal_representative', name: '王建国', idNumber: '310228195501010011' },
  { role: 'council_member', name: '沈美华', idNumber: '310228196203150026' },
] as const

/**
 * Values the national policy keeps from the public, all recorded by `recordedGroup`: the
 * legal representative's name is public, their id number and everything of the council
 * member are not.
 */
export const SECRETS: readonly string[] = [
  '310228195501010011',
  '沈美华',
  '310228196203150026',
  'council_member',
  '理事会未按章程换届（内部审查意见）',
  '内部纪要：拟调整会费标准',
  '理事会内部纪要',
  '会员大会选举监票人名单',
  '处罚事实认定有误（申诉理由，不公开）',
  '财务票据不规范（整改通知，不公开）',
]

/** Numbers the national policy keeps from the public: report figures and an evaluation score. */
export const SECRET_NUMBERS: readonly number[] = [120000, 98000, 913]

/**
 * A social group's record from 2016 to 2021: registration with its legal representative and a
 * council member, an annual report, an inspection, a grade, a commendation, a public and an
 * internal disclosure, an activity, an abnormal listing and its removal, a warning that is
 * disputed, upheld and corrected, and a rectification order. Returns the ledger and the seq of each entry by name.
 */
export async function recordedGroup(): Promise<{
  ledger: Ledger
  store: EventStore
  seq: Record<string, number>
}> {
  const { ledger, store } = newLedger()
  const inputs: Record<string, EntryInput> = {
    registration: { ...registration(GROUP), personal: PEOPLE.map((person) => ({ ...person })) },
    report: annualReport(GROUP, 2016),
    inspection: {
      org: GROUP,
      type: 'AnnualInspectionConcluded',
      effectiveAt: '2017-07-15',
      by: DISTRICT,
      data: {
        year: 2016,
        result: 'basically_qualified',
        reasons: ['理事会未按章程换届（内部审查意见）'],
        department: DISTRICT,
      },
    },
    grade: {
      org: GROUP,
      type: 'EvaluationGraded',
      effectiveAt: '2018-11-20',
      by: '上海市金山区社会组织评估委员会',
      data: {
        grade: '4A',
        score: 913,
        evaluator: '上海市金山区社会组织评估委员会',
        evaluatorType: 'panel',
        evaluationKind: 'comprehensive',
        announcedOn: '2018-11-20',
        validFrom: '2018-11-20',
        validTo: '2023-11-19',
      },
    },
    commendation: {
      org: GROUP,
      type: 'Commended',
      effectiveAt: '2019-12-18',
      by: '上海市民政局',
      data: { honour: '上海市先进社会组织', level: 'provincial', awardedBy: '上海市民政局' },
    },
    publicDisclosure: {
      org: GROUP,
      type: 'DisclosurePublished',
      effectiveAt: '2020-04-01',
      by: GROUP,
      data: {
        category: 'charter',
        title: '章程（2020年修订）',
        body: '第一条 本会名称为金山卫镇老年协会。',
        visibility: 'public',
      },
    },
    internalDisclosure: {
      org: GROUP,
      type: 'DisclosurePublished',
      effectiveAt: '2020-04-02',
      by: GROUP,
      data: {
        category: 'governance',
        title: '理事会内部纪要',
        body: '内部纪要：拟调整会费标准',
        visibility: 'internal',
      },
    },
    activity: {
      org: GROUP,
      type: 'ActivityHeld',
      effectiveAt: '2020-04-10',
      by: GROUP,
      data: { kind: 'general_assembly', description: '会员大会选举监票人名单' },
    },
    listing: {
      org: GROUP,
      type: 'ListedOnAbnormalList',
      effectiveAt: '2020-07-01',
      by: DISTRICT,
      ref: '金民异字〔2020〕7号',
      data: {
        reason: 'annual_report_missing',
        department: DISTRICT,
        facts: '未按时报送2019年度工作报告',
      },
    },
    penalty: warning(GROUP),
  }
  const seq: Record<string, number> = {}
  for (const [name, input] of Object.entries(inputs)) {
    seq[name] = (await ledger.append(input)).entries[0]?.seq as number
  }
  const later: Record<string, (seqOf: Record<string, number>) => EntryInput> = {
    removal: (s) => ({
      org: GROUP,
      type: 'RemovedFromAbnormalList',
      effectiveAt: '2020-09-21',
      by: DISTRICT,
      amends: s.listing as number,
      data: { reason: 'obligation_fulfilled', department: DISTRICT },
    }),
    objection: (s) => ({
      org: GROUP,
      type: 'ObjectionFiled',
      effectiveAt: '2020-08-20',
      by: GROUP,
      data: { disputes: [s.penalty as number], grounds: '处罚事实认定有误（申诉理由，不公开）' },
    }),
    resolution: (s) => ({
      org: GROUP,
      type: 'ObjectionResolved',
      effectiveAt: '2020-09-10',
      by: DISTRICT,
      amends: s.objection as number,
      data: { outcome: 'upheld', reason: '经复核，违法事实表述有误，予以更正' },
    }),
    correction: (s) => ({
      org: GROUP,
      type: 'EntryCorrected',
      effectiveAt: '2020-09-15',
      by: DISTRICT,
      amends: s.penalty as number,
      data: {
        fields: { facts: '住所变更后未按规定办理变更登记' },
        reason: '异议成立，更正违法事实',
      },
    }),
    rectification: () => ({
      org: GROUP,
      type: 'RectificationOrdered',
      effectiveAt: '2021-03-01',
      by: DISTRICT,
      data: {
        source: 'spot_check',
        issues: ['财务票据不规范（整改通知，不公开）'],
        deadline: '2021-04-30',
        department: DISTRICT,
      },
    }),
  }
  for (const [name, make] of Object.entries(later)) {
    seq[name] = (await ledger.append(make(seq))).entries[0]?.seq as number
  }
  return { ledger, store, seq }
}

/** Every string and number anywhere inside a JSON value. */
export function leaves(value: unknown): (string | number)[] {
  if (typeof value === 'string' || typeof value === 'number') return [value]
  if (Array.isArray(value)) return value.flatMap(leaves)
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => [key, ...leaves(item)])
  }
  return []
}
