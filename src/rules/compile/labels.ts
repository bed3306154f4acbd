import type { CalendarPeriod } from '../../time'
import type { FilterSection, Section } from '../entryFilter'
import type { LocalText } from '../localText'

type Labels = Readonly<Record<string, LocalText>>

/** The items of each section, as counts name them when a filter has no label. */
export const sectionLabels: { readonly [S in Section]: LocalText } = {
  penalties: { zh: '行政处罚', en: 'penalties' },
  abnormalList: { zh: '列入活动异常名录', en: 'abnormal-list listings' },
  seriousList: { zh: '列入严重违法失信名单', en: 'serious-list listings' },
  dishonestDebtor: { zh: '列入失信被执行人名单', en: 'dishonest-debtor listings' },
  rectifications: { zh: '责令整改', en: 'rectification orders' },
  activities: { zh: '活动', en: 'activities' },
  commendations: { zh: '表彰', en: 'commendations' },
  disclosures: { zh: '信息公开', en: 'disclosures' },
  objections: { zh: '异议', en: 'objections' },
  gradeHistory: { zh: '评估等级变动', en: 'grade events' },
  evaluations: { zh: '评估', en: 'evaluations' },
  annualReports: { zh: '年度工作报告', en: 'annual reports' },
  inspections: { zh: '年检结论', en: 'inspection conclusions' },
  registrationChanges: { zh: '变更登记', en: 'change registrations' },
  closures: { zh: '注销或撤销登记', en: 'closures' },
  recordings: { zh: '信用信息录入', en: 'recordings of credit information' },
  noticesServed: { zh: '送达通知', en: 'notices served' },
  partyOrganization: { zh: '党组织建立情况', en: 'Party-organization findings' },
  notResponsible: { zh: '非直接责任证明', en: 'certificates of non-responsibility' },
  investigations: { zh: '立案调查', en: 'investigations' },
  fundraisingApplications: {
    zh: '公开募捐资格申请',
    en: 'applications for the fundraising qualification',
  },
  fundraisingPlans: { zh: '公开募捐方案备案', en: 'fundraising plans' },
  servicePurchases: { zh: '承接政府购买服务', en: 'government service purchases' },
  donationDeduction: { zh: '公益性捐赠税前扣除资格', en: 'donation deduction qualifications' },
  liquidations: { zh: '清算', en: 'liquidations' },
}

/** A label by key, or the key itself for names a table does not know. */
export function label(labels: Labels, key: string): LocalText {
  return labels[key] ?? { zh: key, en: key.replaceAll('_', ' ') }
}

/** A calendar period in words: `2 years`, `1 year 6 months`; `2年`, `1年6个月`. */
export function periodText(period: CalendarPeriod): LocalText {
  const en: string[] = []
  let zh = ''
  const part = (count: number | undefined, one: string, zhUnit: string) => {
    if (!count) return
    en.push(`${count} ${one}${count === 1 ? '' : 's'}`)
    zh += `${count}${zhUnit}`
  }
  part(period.years, 'year', '年')
  part(period.months, 'month', '个月')
  part(period.days, 'day', '日')
  return { zh, en: en.join(' ') }
}

/** Both languages joined: clauses with `; ` and `；`, leaving out repeats. */
export function joinTexts(texts: readonly LocalText[]): LocalText {
  return {
    zh: joinClauses(
      texts.map((t) => t.zh),
      '；',
    ),
    en: joinClauses(
      texts.map((t) => t.en),
      '; ',
    ),
  }
}

// A part is left out when an earlier part says the same, or a longer part says it as one of
// its clauses ("listed on … on D" beside "listed on … on D; on the list for a full 2 years …").
function joinClauses(parts: readonly string[], separator: string): string {
  if (parts.length === 1) return parts[0] as string
  let out = ''
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string
    if (part.length === 0 || coveredElsewhere(parts, i, separator)) continue
    out = out.length === 0 ? part : out + separator + part
  }
  return out
}

function coveredElsewhere(parts: readonly string[], i: number, separator: string): boolean {
  const part = parts[i] as string
  for (let j = 0; j < parts.length; j++) {
    const other = parts[j] as string
    if (j === i || other.length < part.length) continue
    if (other.length === part.length) {
      if (j < i && other === part) return true
      continue
    }
    if (isClauseOf(other, part, separator)) return true
  }
  return false
}

function isClauseOf(text: string, clause: string, separator: string): boolean {
  for (let at = text.indexOf(clause); at !== -1; at = text.indexOf(clause, at + 1)) {
    const end = at + clause.length
    const starts = at === 0 || text.startsWith(separator, at - separator.length)
    if (starts && (end === text.length || text.startsWith(separator, end))) return true
  }
  return false
}

/** How counts name the items of a section: a host section by its own name. */
export function labelOf(section: FilterSection): LocalText {
  if (Object.hasOwn(sectionLabels, section)) return sectionLabels[section as Section]
  const name = section.slice('host.'.length)
  return { zh: name, en: name }
}
