import { prng } from '../_internal/prng'
import type { EntryInput } from '../ledger'
import { sampleOrganizationId } from './sampleOrganizationId'

const TOPICS = ['社区养老服务', '青少年科普活动', '乡村教育助学', '非遗传承保护', '环境保护宣传']
const CATEGORIES = ['project', 'donations', 'financial_report', 'major_event'] as const
const REGISTRAR = '上海市金山区民政局'

/** How long a sample history is. */
export interface SampleHistoryOptions {
  /** Entries to make, at least 1 (the registration); about 24 by default, as the workload has. */
  readonly entries?: number
}

/**
 * A plausible history of test organization `index`: its registration (naming a legal
 * representative), then per year an annual report, the inspection of it and disclosures,
 * in Chinese, about 360 bytes of JSON per entry. The same index gives the same history.
 *
 * @example
 * await ledger.append(sampleHistory(7))
 */
export function sampleHistory(index: number, options: SampleHistoryOptions = {}): EntryInput[] {
  const org = sampleOrganizationId(index)
  const random = prng(index)
  const count = options.entries ?? 18 + Math.floor(random() * 13)
  const topic = TOPICS[index % TOPICS.length] as string
  const entries: EntryInput[] = [registration(org, index, topic)]
  for (let year = 2016; entries.length < count; year++) {
    const filed = `${year + 1}-05-${String(10 + Math.floor(random() * 18)).padStart(2, '0')}`
    entries.push({
      org,
      type: 'AnnualReportFiled',
      effectiveAt: filed,
      by: org,
      data: {
        year,
        filedWith: 'registrar',
        title: `${year}年度工作报告`,
        financials: { income: 100000 + Math.floor(random() * 900000), expenditure: 90000 },
      },
    })
    if (entries.length < count) entries.push(inspection(org, year))
    const disclosures = 1 + Math.floor(random() * 2)
    for (let d = 0; d < disclosures && entries.length < count; d++) {
      entries.push(disclosure(org, year, topic, CATEGORIES[(year + d) % CATEGORIES.length]))
    }
  }
  return entries.slice(0, count)
}

function registration(org: string, index: number, topic: string): EntryInput {
  return {
    org,
    type: 'OrganizationRegistered',
    effectiveAt: '2015-06-01',
    by: REGISTRAR,
    data: {
      name: `金山区${topic}促进会第${index}号`,
      kind: 'social_group',
      registrar: REGISTRAR,
      registrarLevel: 'county',
      domicile: '上海市金山区石化街道卫零路485号',
      registeredFunds: 30000,
      certificateNumber: `沪金社证字第${index}号`,
    },
    personal: [{ role: 'legal_representative', name: '李秀英', idNumber: '310228196805050024' }],
  }
}

function inspection(org: string, year: number): EntryInput {
  return {
    org,
    type: 'AnnualInspectionConcluded',
    effectiveAt: `${year + 1}-07-15`,
    by: REGISTRAR,
    data: { year, result: 'qualified', department: REGISTRAR },
  }
}

function disclosure(org: string, year: number, topic: string, category: string | undefined) {
  return {
    org,
    type: 'DisclosurePublished',
    effectiveAt: `${year}-10-20`,
    by: org,
    data: {
      category: category ?? 'other',
      title: `${year}年${topic}项目进展公告`,
      body: `本会于${year}年组织开展${topic}项目，惠及居民约三百人次，项目资金收支情况已经理事会审议通过，现予公开，欢迎社会各界监督。`,
      visibility: 'public',
    },
  } as EntryInput
}
