// What happened in the town from 2015 to 2026, as the entries a registry would record, each
// with the day it was recorded.
import type { EntryInput, Ledger } from '../../src/index'
import { CITY, DISTRICT, registrationOf, type TownOrganization, town } from './organizations'

/** Entries recorded on one day; some must first look up what the ledger already holds. */
export interface Recording {
  readonly recordedOn: string
  readonly entries: readonly EntryInput[] | ((ledger: Ledger) => Promise<readonly EntryInput[]>)
}

const at = (index: number) => town[index] as TownOrganization
const [elders, traders, culture, disability] = [at(0), at(1), at(2), at(3)]
const [school, youth, families, foundation] = [at(5), at(6), at(7), at(8)]

const report = (o: TownOrganization, year: number, filedOn: string): EntryInput => ({
  org: o.org,
  type: 'AnnualReportFiled',
  effectiveAt: filedOn,
  by: o.name,
  data: {
    year,
    filedWith: 'registrar',
    title: `${year}年度工作报告`,
    ...(o.kind === 'foundation' ? { audited: true, auditFirm: '上海金卫会计师事务所' } : {}),
  },
})

const inspection = (
  o: TownOrganization,
  year: number,
  result: 'qualified' | 'basically_qualified',
): EntryInput => ({
  org: o.org,
  type: 'AnnualInspectionConcluded',
  effectiveAt: `${year + 1}-07-15`,
  by: o.kind === 'foundation' ? CITY : DISTRICT,
  data: {
    year,
    result,
    department: o.kind === 'foundation' ? CITY : DISTRICT,
    ...(result === 'basically_qualified' ? { reasons: ['理事会未按章程规定按时换届'] } : {}),
  },
})

/** The town's history in recording order. */
export function townHistory(): Recording[] {
  const days: Recording[] = [
    { recordedOn: '2015-03-12', entries: [registrationOf(elders, 0)] },
    {
      recordedOn: '2015-12-10',
      entries: town
        .map((o, i) => [o, i] as const)
        .filter(([o]) => o.registeredOn < '2016-01-01' && o !== elders)
        .map(([o, i]) => registrationOf(o, i)),
    },
    { recordedOn: '2016-09-05', entries: [registrationOf(culture, 2)] },
    { recordedOn: '2017-02-16', entries: [registrationOf(youth, 6)] },
    { recordedOn: '2018-07-04', entries: [registrationOf(families, 7)] },
  ]
  for (let year = 2015; year <= 2025; year++) {
    const reporting = town.filter(
      (o) =>
        o.registeredOn <= `${year}-12-31` &&
        !(o === school && year > 2021) &&
        !(o === youth && year === 2019),
    )
    days.push({
      recordedOn: `${year + 1}-05-31`,
      entries: reporting.map((o) =>
        report(o, year, o.kind === 'foundation' ? `${year + 1}-03-28` : `${year + 1}-05-20`),
      ),
    })
    if (year <= 2024) {
      days.push({
        recordedOn: `${year + 1}-07-20`,
        entries: reporting.map((o) =>
          inspection(o, year, o === school && year === 2020 ? 'basically_qualified' : 'qualified'),
        ),
      })
    }
  }
  days.push(...milestones())
  return days.sort((a, b) => a.recordedOn.localeCompare(b.recordedOn))
}

// The year-by-year story beyond the routine reports: a late report, an evaluation, a
// commendation, a penalty and a deregistration.
function milestones(): Recording[] {
  return [
    {
      recordedOn: '2019-11-22',
      entries: [
        {
          org: disability.org,
          type: 'EvaluationGraded',
          effectiveAt: '2019-11-20',
          by: '上海市金山区社会组织评估委员会',
          data: {
            grade: '4A',
            score: 912,
            evaluator: '上海市金山区社会组织评估委员会',
            evaluatorType: 'third_party',
            evaluationKind: 'standardisation',
            announcedOn: '2019-11-20',
            validFrom: '2019-11-20',
            validTo: '2024-11-19',
          },
        },
      ],
    },
    {
      recordedOn: '2020-07-01',
      entries: [
        {
          org: youth.org,
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
      ],
    },
    { recordedOn: '2020-09-15', entries: [report(youth, 2019, '2020-09-15')] },
    {
      recordedOn: '2020-09-21',
      entries: async (ledger) => {
        const listing = (await ledger.creditFile(youth.org)).abnormalList.at(-1)
        return [
          {
            org: youth.org,
            type: 'RemovedFromAbnormalList',
            effectiveAt: '2020-09-21',
            by: DISTRICT,
            amends: listing?.listingSeq ?? -1,
            data: { reason: 'obligation_fulfilled', department: DISTRICT },
          },
        ]
      },
    },
    {
      recordedOn: '2020-12-18',
      entries: [
        {
          org: elders.org,
          type: 'Commended',
          effectiveAt: '2020-12-18',
          by: CITY,
          data: { honour: '上海市先进社会组织', level: 'provincial', awardedBy: CITY },
        },
      ],
    },
    {
      // Decided in June, but the decision reached the ledger only in August: a back-dated entry.
      recordedOn: '2021-08-09',
      entries: [
        {
          org: traders.org,
          type: 'PenaltyImposed',
          effectiveAt: '2021-06-15',
          by: DISTRICT,
          ref: '金民罚字〔2021〕3号',
          data: {
            sanctions: [{ kind: 'warning' }],
            ground: 'change_not_filed',
            violated: { instrument: '《社会团体登记管理条例》', article: '第三十条' },
            facts: '变更住所后未按规定办理变更登记',
            department: DISTRICT,
            decidedOn: '2021-06-15',
          },
        },
      ],
    },
    {
      recordedOn: '2022-12-30',
      entries: [
        {
          org: school.org,
          type: 'Deregistered',
          effectiveAt: '2022-12-30',
          by: DISTRICT,
          data: {
            reason: 'dissolution',
            liquidationCompletedOn: '2022-12-15',
            department: DISTRICT,
          },
        },
      ],
    },
    {
      recordedOn: '2024-12-20',
      entries: [
        {
          org: foundation.org,
          type: 'CharityRecognized',
          effectiveAt: '2024-12-20',
          by: CITY,
          data: { department: CITY, nationalLevel: false },
        },
      ],
    },
  ]
}
