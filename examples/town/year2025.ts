// The town's own layer for one year, 2025, on top of its history: last year's assessments as
// the base, then the year's work plans (one late, one missing), a national listing, the duty
// reports of the organizations and of the departments, the year-end assessments (one redone on
// review) and an exemplar. The deregistered training school takes no part.
import type { EntryInput, Ledger } from '../../src/index'
import { assessed } from '../town-pack/assessed'
import { departmentReported } from '../town-pack/departmentReported'
import { dutyReported } from '../town-pack/dutyReported'
import { exemplarDesignated } from '../town-pack/exemplarDesignated'
import { TOWN_GOVERNMENT } from '../town-pack/source'
import { townEntry } from '../town-pack/townEntry'
import { workPlanFiled } from '../town-pack/workPlanFiled'
import type { Recording } from './history'
import { DISTRICT, type TownOrganization, town } from './organizations'

const at = (index: number) => town[index] as TownOrganization
/** The organizations of the year, by their part in it. */
export const cast: {
  readonly elders: TownOrganization
  readonly traders: TownOrganization
  readonly culture: TownOrganization
  readonly disability: TownOrganization
  readonly eldercare: TownOrganization
  readonly youth: TownOrganization
  readonly families: TownOrganization
  readonly foundation: TownOrganization
} = {
  elders: at(0),
  traders: at(1),
  culture: at(2),
  disability: at(3),
  eldercare: at(4),
  youth: at(6),
  families: at(7),
  foundation: at(8),
}
const { elders, traders, culture, disability, eldercare, youth, families, foundation } = cast

/** The town's assessment panel. */
export const PANEL = '金山卫镇社会组织考核小组'
const HEARING = '金山卫镇社会组织述职评议会'

const plan = (o: TownOrganization, filedOn: string, goal: string): EntryInput =>
  townEntry(workPlanFiled, {
    org: o.org,
    effectiveAt: filedOn,
    by: o.name,
    data: { year: 2025, goals: [{ title: goal }], adoptedBy: '理事会' },
  })

type Result = 'excellent' | 'good' | 'pass' | 'fail'
const assessment = (
  o: TownOrganization,
  year: number,
  on: string,
  [score, result, remarks]: readonly [number, Result, string?],
): EntryInput =>
  townEntry(assessed, {
    org: o.org,
    effectiveAt: on,
    by: PANEL,
    ref: `金山卫考〔${year}〕${town.indexOf(o) + 1}号`,
    data: { year, score, result, assessedBy: PANEL, ...(remarks ? { remarks } : {}) },
  })

const dutyReport = (o: TownOrganization, summary: string): EntryInput =>
  townEntry(dutyReported, {
    org: o.org,
    effectiveAt: '2025-12-10',
    by: o.name,
    data: { year: 2025, heardBy: HEARING, summary },
  })

// One department's report, on the stream of each organization it guides, under one number.
const departmentReport = (
  department: string,
  ref: string,
  covered: readonly [TownOrganization, string][],
): EntryInput[] =>
  covered.map(([o, summary]) =>
    townEntry(departmentReported, {
      org: o.org,
      effectiveAt: '2025-12-11',
      by: department,
      ref,
      data: { year: 2025, department, heardBy: HEARING, summary },
    }),
  )

/** The days of 2025 (and last year's assessments) as the town recorded them. */
export function year2025(): Recording[] {
  return [
    {
      recordedOn: '2024-12-23',
      entries: [
        assessment(elders, 2024, '2024-12-20', [94, 'excellent']),
        assessment(traders, 2024, '2024-12-20', [55, 'fail', '会员服务长期停滞']),
        assessment(culture, 2024, '2024-12-20', [72, 'pass']),
        assessment(disability, 2024, '2024-12-20', [86, 'good']),
        assessment(eldercare, 2024, '2024-12-20', [83, 'good']),
        assessment(youth, 2024, '2024-12-20', [70, 'pass']),
        assessment(families, 2024, '2024-12-20', [68, 'pass']),
        assessment(foundation, 2024, '2024-12-20', [91, 'excellent']),
      ],
    },
    { recordedOn: '2025-01-08', entries: [plan(elders, '2025-01-08', '全年为高龄老人上门服务')] },
    { recordedOn: '2025-01-10', entries: [plan(disability, '2025-01-10', '残疾人康复就业帮扶')] },
    { recordedOn: '2025-01-15', entries: [plan(eldercare, '2025-01-15', '社区助餐点增至3个')] },
    { recordedOn: '2025-01-17', entries: [plan(foundation, '2025-01-17', '困难家庭助学项目')] },
    { recordedOn: '2025-01-20', entries: [plan(traders, '2025-01-20', '恢复会员月度例会')] },
    { recordedOn: '2025-01-24', entries: [plan(families, '2025-01-24', '结对帮扶困难家庭')] },
    // Due on 2025-02-05: 31 January fell in the Spring Festival holiday.
    { recordedOn: '2025-02-12', entries: [plan(youth, '2025-02-12', '暑期青少年托管班')] },
    {
      recordedOn: '2025-09-10',
      entries: [
        {
          org: families.org,
          type: 'ListedOnAbnormalList',
          effectiveAt: '2025-09-10',
          by: DISTRICT,
          ref: '金民异字〔2025〕12号',
          data: {
            reason: 'unreachable',
            department: DISTRICT,
            facts: '通过登记的住所无法与该组织取得联系',
          },
        },
      ],
    },
    {
      recordedOn: '2025-12-10',
      entries: [
        dutyReport(elders, '上门服务高龄老人2100人次'),
        dutyReport(traders, '全年仅召开会员例会2次'),
        dutyReport(culture, '举办广场文化活动12场'),
        dutyReport(disability, '康复与就业帮扶1200余人次'),
        dutyReport(eldercare, '新设社区助餐点2个'),
        dutyReport(youth, '暑期托管青少年180人'),
        dutyReport(foundation, '资助困难家庭学生45名'),
      ],
    },
    {
      recordedOn: '2025-12-11',
      entries: [
        ...departmentReport('金山卫镇社区事务办公室', '金山卫社述〔2025〕1号', [
          [elders, '指导老年协会完成理事会换届'],
          [disability, '协调康复场地一处'],
          [eldercare, '落实助餐点补贴'],
          [families, '多次联系未果，已报区民政局'],
          [foundation, '督促基金会按期公开年度报告'],
        ]),
        ...departmentReport('金山卫镇文化体育服务中心', '金山卫文述〔2025〕1号', [
          [culture, '提供活动场地，督促报送工作安排'],
          [youth, '指导暑期托管安全管理'],
        ]),
        ...departmentReport('金山卫镇经济发展办公室', '金山卫经述〔2025〕1号', [
          [traders, '两次约谈协会负责人'],
        ]),
      ],
    },
    {
      recordedOn: '2025-12-22',
      entries: [
        assessment(elders, 2025, '2025-12-19', [95, 'excellent']),
        assessment(traders, 2025, '2025-12-19', [52, 'fail', '连续两年未开展会员服务']),
        assessment(culture, 2025, '2025-12-19', [62, 'pass', '未报送年度工作安排']),
        assessment(disability, 2025, '2025-12-19', [93, 'excellent', '服务台账齐全，全年无投诉']),
        assessment(eldercare, 2025, '2025-12-19', [74, 'pass']),
        assessment(youth, 2025, '2025-12-19', [71, 'pass']),
        assessment(families, 2025, '2025-12-19', [48, 'fail', '无法取得联系，未参加述职']),
        assessment(foundation, 2025, '2025-12-19', [88, 'good']),
      ],
    },
    {
      // The service cooperative asked for a review and brought its service records: redone.
      recordedOn: '2025-12-29',
      entries: [assessment(eldercare, 2025, '2025-12-29', [82, 'good', '复核：补充提供服务台账'])],
    },
    {
      recordedOn: '2025-12-30',
      entries: async (ledger: Ledger) => [
        townEntry(exemplarDesignated, {
          org: disability.org,
          effectiveAt: '2025-12-30',
          by: TOWN_GOVERNMENT,
          amends: await assessmentSeq(ledger, disability, 2025),
          data: {
            year: 2025,
            title: '2025年度金山卫镇社会组织典型',
            citation: '为全镇残疾人提供康复和就业帮扶服务1200余人次',
            designatedBy: TOWN_GOVERNMENT,
          },
        }),
      ],
    },
  ]
}

/** The seq of the assessment of `year` on an organization's file: what an exemplar rests on. */
export async function assessmentSeq(
  ledger: Ledger,
  o: TownOrganization,
  year: number,
): Promise<number> {
  const file = await ledger.creditFile(o.org)
  const item = file.host.assessments?.find((candidate) => candidate.data.year === year)
  if (item === undefined) throw new Error(`${o.name} has no assessment for ${year}`)
  return item.seq
}
