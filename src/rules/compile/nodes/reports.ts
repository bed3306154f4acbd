import { forKind } from '../../annualReportRules'
import type { Condition } from '../../condition'
import type { LocalText } from '../../localText'
import { Boundaries, nextDay } from '../dates'
import { label, yearLabels } from '../labels'
import { type CompileOptions, type Context, type Node, type Outcome, outcome } from '../outcome'
import { latestDueYear, mergeReportRules, type ReportYear, reportYear } from '../reportYears'

type Overdue = Extract<Condition, { kind: 'reportOverdue' }>
type Due = Extract<Condition, { kind: 'reportDue' }>
type Years = Extract<Condition, { kind: 'consecutiveYears'; of: 'annualReports' }>

const NOT_DUE: LocalText = {
  zh: '该类组织无需报送年度工作报告',
  en: 'this kind of organization files no annual report',
}

function registrationSeqs(context: Context): number[] {
  const opened = context.file.registration.opened
  return opened === null ? [] : [opened.seq]
}

function none(node: Node, context: Context): Outcome {
  return outcome(node, {
    value: false,
    seqs: registrationSeqs(context),
    since: null,
    changesOn: null,
    flipsOn: null,
    facts: { year: null, due: null, filedOn: null, state: null },
  })
}

function facts(found: ReportYear) {
  return {
    year: found.year,
    due: found.due,
    filedOn: found.filings[0]?.filedOn ?? null,
    state: found.state,
  }
}

function yearText(found: Outcome): LocalText {
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

/**
 * `reportOverdue`: the report for the latest year whose due day has passed (the day after it
 * at the earliest) was owed and has not been filed by the date. A late filing cures it.
 */
export function reportOverdue(condition: Overdue, options: CompileOptions): Node {
  const rules = mergeReportRules(options, condition.report)
  const node: Node = {
    kind: 'reportOverdue',
    evaluate(context) {
      const monthDay = rules === undefined ? null : forKind(rules.due, context.kind)
      if (rules === undefined || monthDay === null) return none(node, context)
      const bounds = new Boundaries(context.at)
      const year = latestDueYear(context.at, monthDay, bounds)
      const found = reportYear(context, rules, monthDay, year, options.convention, bounds)
      const value = found.state === 'missing'
      return outcome(node, {
        value,
        seqs: value
          ? registrationSeqs(context)
          : found.filings.map((f) => f.seq).sort((a, b) => a - b),
        since: value ? nextDay(found.due) : bounds.since,
        changesOn: bounds.change,
        flipsOn: bounds.change,
        facts: facts(found),
      })
    },
    text: yearText,
  }
  return node
}

/**
 * `reportDue`: a report is owed this year, for the year before; true whether or not it was
 * filed, so that an obligation can say due, overdue or done (facts `due` and `filedOn`).
 */
export function reportDue(condition: Due, options: CompileOptions): Node {
  const rules = mergeReportRules(options, condition.report)
  const node: Node = {
    kind: 'reportDue',
    evaluate(context) {
      const monthDay = rules === undefined ? null : forKind(rules.due, context.kind)
      if (rules === undefined || monthDay === null) return none(node, context)
      const bounds = new Boundaries(context.at)
      bounds.add(`${context.year}-01-01`)
      bounds.add(`${context.year + 1}-01-01`)
      const found = reportYear(
        context,
        rules,
        monthDay,
        context.year - 1,
        options.convention,
        bounds,
      )
      const filed = found.filings.map((f) => f.seq)
      return outcome(node, {
        value: found.state !== 'exempt',
        seqs: [...registrationSeqs(context), ...filed].sort((a, b) => a - b),
        since: bounds.since,
        changesOn: bounds.change,
        flipsOn: `${context.year + 1}-01-01`,
        facts: facts(found),
      })
    },
    text: yearText,
  }
  return node
}

/**
 * `consecutiveYears` of annual reports: each of the last `years` years is in one of the `match`
 * states. The years end at the latest whose due day has passed, or at the year after it once
 * its report is on file before the due day.
 */
export function reportYears(condition: Years, options: CompileOptions): Node {
  const rules = mergeReportRules(options, condition.report)
  const node: Node = {
    kind: 'consecutiveYears',
    evaluate(context) {
      const monthDay = rules === undefined ? null : forKind(rules.due, context.kind)
      if (rules === undefined || monthDay === null) return none(node, context)
      const bounds = new Boundaries(context.at)
      let last = context.year - 1
      if (condition.ending === 'previous_year') {
        bounds.add(`${context.year}-01-01`)
        bounds.add(`${context.year + 1}-01-01`)
      } else last = latestDueYear(context.at, monthDay, bounds)
      const found: ReportYear[] = []
      // A report on file before its due day is read at once: the streak then ends at its year.
      const early =
        condition.ending === 'previous_year' || last + 1 >= context.year
          ? null
          : reportYear(context, rules, monthDay, last + 1, options.convention, bounds)
      if (early !== null && early.filings.length > 0) last += 1
      for (let year = last - condition.years + 1; year <= last; year++) {
        found.push(
          year === early?.year
            ? early
            : reportYear(context, rules, monthDay, year, options.convention, bounds),
        )
      }
      const value = found.every(
        (y) =>
          condition.match.includes(y.state as never) ||
          (y.noCharitableActivity && condition.match.includes('no_charitable_activity')),
      )
      const seqs = found.flatMap((y) => y.filings.map((f) => f.seq))
      return outcome(node, {
        value,
        seqs: [...registrationSeqs(context), ...seqs].sort((a, b) => a - b),
        since: bounds.since,
        changesOn: bounds.change,
        flipsOn: bounds.change,
        facts: {
          from: last - condition.years + 1,
          to: last,
          states: found
            .map((y) => (y.noCharitableActivity ? 'no_charitable_activity' : y.state))
            .join(' '),
        },
      })
    },
    text(found) {
      if (found.facts.from === undefined) return NOT_DUE
      return yearsText('年度工作报告', 'annual reports', found)
    },
  }
  return node
}

/** The years of a streak and each year's state: `annual reports 2021–2023: missing, missing, missing`. */
export function yearsText(zh: string, en: string, found: Outcome): LocalText {
  const { from, to } = found.facts
  const states = String(found.facts.states)
    .split(' ')
    .map((state) => label(yearLabels, state))
  const span = from === to ? `${from}` : `${from}–${to}`
  return {
    zh: `${span}${zh}：${states.map((s) => s.zh).join('、')}`,
    en: `${en} ${span}: ${states.map((s) => s.en).join(', ')}`,
  }
}
