import type { CalendarPeriod } from '../../time'
import type { FilterSection, Section } from '../entryFilter'
import type { LocalText } from '../localText'

type Labels = Readonly<Record<string, LocalText>>

/** The lists, as sentences name them. */
export const listLabels: Labels = {
  abnormal: { zh: '活动异常名录', en: 'the abnormal-activities list' },
  serious: { zh: '严重违法失信名单', en: 'the serious illegal and dishonest list' },
  dishonest_debtor: { zh: '失信被执行人名单', en: 'the dishonest judgment debtors list' },
}

/** The kinds of organization. */
export const kindLabels: Labels = {
  social_group: { zh: '社会团体', en: 'a social group' },
  social_service_organization: { zh: '社会服务机构', en: 'a social service organization' },
  foundation: { zh: '基金会', en: 'a foundation' },
  community_group: { zh: '社区社会组织', en: 'a filed community group' },
}

/** Inspection conclusions and the states of a year's annual report. */
export const yearLabels: Labels = {
  qualified: { zh: '合格', en: 'qualified' },
  basically_qualified: { zh: '基本合格', en: 'basically qualified' },
  unqualified: { zh: '不合格', en: 'unqualified' },
  not_inspected: { zh: '未参加年检', en: 'not inspected' },
  missing: { zh: '无记录', en: 'missing' },
  before: { zh: '尚未成立', en: 'before founding' },
  late: { zh: '逾期报送', en: 'filed late' },
  on_time: { zh: '按时报送', en: 'filed on time' },
  no_charitable_activity: { zh: '未开展慈善活动', en: 'no charitable activity' },
  exempt: { zh: '免于报送', en: 'not due' },
  pending: { zh: '尚未到期', en: 'not yet due' },
}

/** Benefits a rule can grant or bar; a rule may name others with a title of its own. */
export const benefitLabels: Labels = {
  government_purchase: { zh: '政府购买服务', en: 'government purchase of services' },
  government_functions: {
    zh: '承接政府转移职能和委托事项',
    en: 'transfer of government functions and entrusted work',
  },
  funding: { zh: '政府资金支持', en: 'government funding' },
  commendation: { zh: '政府表彰奖励', en: 'government commendation' },
  donation_tax_deduction: {
    zh: '公益性捐赠税前扣除资格',
    en: 'donation pre-tax deduction eligibility',
  },
  public_fundraising: { zh: '公开募捐资格', en: 'public fundraising qualification' },
  simplified_inspection: { zh: '年检简化程序', en: 'simplified annual inspection' },
  evaluation: { zh: '参加社会组织评估', en: 'eligibility for evaluation' },
}

/** Duties an obligation can set; a rule may name others with a title of its own. */
export const dutyLabels: Labels = {
  file_annual_report: { zh: '报送年度工作报告', en: 'file the annual report' },
  rectify: { zh: '完成整改', en: 'complete the rectification' },
  apply_for_removal: { zh: '申请移出名单', en: 'apply for removal from the list' },
  remove_from_list: { zh: '核实后移出名单', en: 'verify and remove from the list' },
  return_certificate: {
    zh: '交回评估等级证书和牌匾',
    en: 'return the grade certificate and plaque',
  },
  answer_review: { zh: '书面答复复核申请', en: 'answer the review request in writing' },
  report_grade_upward: {
    zh: '将评估等级报上一级民政部门备案',
    en: 'report the grade to the level above for filing',
  },
  file_deregistration: { zh: '办理注销登记', en: 'file for deregistration' },
  disclose: { zh: '依法公开信息', en: 'disclose the required information' },
}

/** Who acts on an obligation. */
export const whoLabels: Labels = {
  organization: { zh: '社会组织', en: 'the organization' },
  registrar: { zh: '登记管理机关', en: 'the registrar' },
  supervising_unit: { zh: '业务主管单位', en: 'the supervising unit' },
}

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
