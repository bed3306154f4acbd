import { dayOfYear, HISTORY_END, isoDay } from '../days'
import type { OrganizationProfile, Planned } from '../planned'
import type { Random } from '../random'

const LAPSES = ['理事会未按章程规定召开会议', '财务凭证不规范', '未按规定公开年度工作报告']

/**
 * One annual report per year from registration to 2023, due 31 May of the next year (6% never
 * filed, 10% filed late), and that year's inspection, unqualified when the report is missing.
 */
export function annualEntries(random: Random, profile: OrganizationProfile): Planned[] {
  const { org, authority } = profile
  const planned: Planned[] = []
  for (let year = profile.year; year <= 2023; year++) {
    const missing = random.chance(0.06)
    const late = !missing && random.chance(0.1 / 0.94)
    let filed = 0
    if (!missing) {
      filed = late
        ? random.int(dayOfYear(year + 1, 6, 1), dayOfYear(year + 1, 12, 31))
        : random.int(dayOfYear(year + 1, 1, 15), dayOfYear(year + 1, 5, 31))
      const income = random.int(5, 500) * 10_000
      planned.push({
        day: filed,
        input: {
          org,
          type: 'AnnualReportFiled',
          effectiveAt: isoDay(filed),
          by: org,
          data: {
            year,
            filedWith: 'registrar',
            financials: { income, expenditure: Math.round(income * (0.6 + random.float() * 0.5)) },
          },
        },
      })
    }
    let concluded = random.int(dayOfYear(year + 1, 7, 1), dayOfYear(year + 1, 11, 30))
    if (filed >= concluded) concluded = Math.min(HISTORY_END, filed + random.int(1, 20))
    const result = missing
      ? 'unqualified'
      : late
        ? 'basically_qualified'
        : random.weighted([
            ['qualified', 85],
            ['basically_qualified', 12],
            ['unqualified', 3],
          ] as const)
    const reasons = missing
      ? ['未按规定报送年度工作报告']
      : late
        ? ['未按时报送年度工作报告']
        : [random.pick(LAPSES)]
    planned.push({
      day: concluded,
      input: {
        org,
        type: 'AnnualInspectionConcluded',
        effectiveAt: isoDay(concluded),
        by: authority.bureau,
        data: {
          year,
          result,
          ...(result === 'qualified' ? {} : { reasons }),
          department: authority.bureau,
        },
      },
    })
  }
  return planned
}
