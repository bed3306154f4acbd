import { gradeForScore, gradeValidity, nationalIndicatorSets } from '../../../src/evaluation'
import { HISTORY_END, isoDay } from '../days'
import type { OrganizationProfile, Planned } from '../planned'
import type { Random } from '../random'
import { chineseText } from '../text'

const CATEGORIES = [
  ['financial_report', '财务报告'],
  ['annual_work_report', '年度工作报告'],
  ['project', '公益项目执行情况'],
  ['donations', '接受捐赠情况'],
  ['governance', '理事会换届情况'],
  ['major_event', '重大活动情况'],
] as const

// The shipped score bands (EV-27), which the ledger holds every graded score to.
const [BANDS] = nationalIndicatorSets

/** Disclosures (5-15, or `disclosures`), one or two evaluation grades, and a rare commendation. */
export function conductEntries(
  random: Random,
  profile: OrganizationProfile,
  disclosures?: number,
): Planned[] {
  const { org, authority, kind } = profile
  const planned: Planned[] = []
  const evaluations = random.int(1, 2)
  const earliest = Math.min(profile.registeredOn + 180, HISTORY_END)
  const days = [random.int(earliest, HISTORY_END), random.int(earliest, HISTORY_END)]
  days.length = evaluations
  days.sort((a, b) => a - b)
  for (const day of days) {
    // A graded organization scored at least the lowest band: 751 to 1,000 points.
    const score = random.int(751, 1000)
    const grade = (BANDS && gradeForScore(BANDS, score)) ?? '1A'
    const announcedOn = isoDay(day)
    // The workload's history is all under Order 39, which sets the validity the entry states.
    const validity = gradeValidity(announcedOn)
    planned.push({
      day,
      input: {
        org,
        type: 'EvaluationGraded',
        effectiveAt: announcedOn,
        by: authority.bureau,
        data: {
          grade,
          score,
          evaluator: `${authority.level === 'national' ? '民政部' : authority.province}社会组织评估委员会`,
          evaluatorType: 'panel',
          evaluationKind:
            kind === 'social_service_organization' ? 'standardisation' : 'comprehensive',
          announcedOn,
          ...(validity === null
            ? {}
            : { validFrom: validity.validFrom, validTo: validity.validTo }),
        },
      },
    })
  }
  if (random.chance(0.05)) planned.push(commendation(random, profile))
  // Disclosures come last, so their count does not move the draws of the entries before.
  const count = disclosures ?? random.int(5, 15)
  for (let i = 0; i < count; i++) {
    const day = random.int(profile.registeredOn + 1, HISTORY_END)
    const [category, label] = random.pick(CATEGORIES)
    const year = isoDay(day).slice(0, 4)
    planned.push({
      day,
      input: {
        org,
        type: 'DisclosurePublished',
        effectiveAt: isoDay(day),
        by: org,
        data: {
          category,
          title: `${year}年${label}`,
          body: chineseText(random, 150, 250),
          visibility: random.chance(0.85) ? 'public' : 'authorities',
        },
      },
    })
  }
  return planned
}

function commendation(random: Random, profile: OrganizationProfile): Planned {
  const level = random.weighted([
    ['national', 1],
    ['provincial', 3],
    ['municipal', 6],
  ] as const)
  const province = profile.authority.province || '北京市'
  const [honour, awardedBy] =
    level === 'national'
      ? ['全国先进社会组织', '民政部']
      : level === 'provincial'
        ? [`${province}先进社会组织`, `${province}人民政府`]
        : [`${profile.authority.place}优秀社会组织`, profile.authority.bureau]
  const day = random.int(profile.registeredOn + 1, HISTORY_END)
  return {
    day,
    input: {
      org: profile.org,
      type: 'Commended',
      effectiveAt: isoDay(day),
      by: awardedBy,
      data: { honour, level, awardedBy },
    },
  }
}
