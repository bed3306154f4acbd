import type { Issue } from '../../errors'
import type { AnnualReportOverride } from '../annualReportRules'
import { label } from '../compile/labels'
import type { Context, Found, Outcome } from '../compile/outcome'
import type { ReportYear } from '../compile/reportYears'
import type { LocalText } from '../localText'
import type { PolicyDocument } from '../policy'
import type { Path } from './conditionModule'

// What the conditions on annual reports share (`reportOverdue`, `reportDue` and
// `consecutiveYears` of annual reports): the due day they need, what they find when a kind of
// organization files none, their facts and their words.

/** Where a report condition needs a due day and neither it nor the policy gives one. */
export function dueDayIssues(
  report: AnnualReportOverride | undefined,
  path: Path,
  policy: PolicyDocument,
): Issue[] {
  if (policy.annualReport !== undefined || report?.due !== undefined) return []
  return [
    {
      code: 'no_report_due',
      path: [...path, 'report', 'due'],
      message: 'say when annual reports fall due, here or in the policy’s annualReport',
    },
  ]
}

/** The registration entry: being owed a report rests on it. */
export function registrationSeqs(context: Context): number[] {
  const opened = context.file.registration.opened
  return opened === null ? [] : [opened.seq]
}

/** What a report condition finds when the organization's kind files no report. */
export function noReportDue(context: Context): Found {
  return {
    value: false,
    seqs: registrationSeqs(context),
    since: null,
    changesOn: null,
    flipsOn: null,
    facts: { year: null, due: null, filedOn: null, state: null },
  }
}

/** The facts of one report year. */
export function yearFacts(found: ReportYear): Found['facts'] {
  return {
    year: found.year,
    due: found.due,
    filedOn: found.filings[0]?.filedOn ?? null,
    state: found.state,
  }
}

/** Said when the organization's kind files no annual report. */
export const NOT_DUE: LocalText = {
  zh: '该类组织无需报送年度工作报告',
  en: 'this kind of organization files no annual report',
}

/** One report year in words: due when, filed when or not. */
export function yearWords(found: Outcome): LocalText {
  const { year, due, filedOn, state } = found.facts
  if (year === null) return NOT_DUE
  if (state === 'exempt')
    return { zh: `${year}年度无需报送年度工作报告`, en: `no annual report was due for ${year}` }
  const owed = {
    zh: `${year}年度工作报告应于${due}前报送`,
    en: `the ${year} annual report is due by ${due}`,
  }
  if (filedOn !== null)
    return { zh: `${owed.zh}，已于${filedOn}报送`, en: `${owed.en} and was filed on ${filedOn}` }
  return state === 'missing'
    ? { zh: `${owed.zh}，逾期未报送`, en: `${owed.en} and has not been filed` }
    : { zh: `${owed.zh}，尚未报送`, en: `${owed.en} and is not filed yet` }
}

const YEAR_STATES: Readonly<Record<string, LocalText>> = {
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

/** The years of a streak and each year's state: `annual reports 2021–2023: missing, missing, missing`. */
export function yearsWords(zh: string, en: string, found: Outcome): LocalText {
  const { from, to } = found.facts
  const states = String(found.facts.states)
    .split(' ')
    .map((state) => label(YEAR_STATES, state))
  const span = from === to ? `${from}` : `${from}–${to}`
  return {
    zh: `${span}${zh}：${states.map((s) => s.zh).join('、')}`,
    en: `${en} ${span}: ${states.map((s) => s.en).join(', ')}`,
  }
}
