import * as z from 'zod'
import type { Issue } from '../../errors'
import { Boundaries } from '../compile/dates'
import type { Outcome } from '../compile/outcome'
import { type LocalText, localTextSchema } from '../localText'
import type { Enum, Frozen, Opt, Strict } from '../schemaTypes'
import { type ConditionModule, noInner, noIssues, onlyWith } from './conditionModule'
import { predicateIssues } from './filterIssues'
import { type YearFigures, yearFigures } from './yearFigures'

const path = z
  .string()
  .regex(
    /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/,
    'expected a field path such as financials.income',
  )

type Op = 'lt' | 'lte' | 'gt' | 'gte'

/** Checks a `priorYear` condition. */
export const priorYearSchema: Strict<{
  kind: z.ZodLiteral<'priorYear'>
  field: z.ZodString
  op: Enum<Op>
  prior: z.ZodString
  percent: z.ZodNumber
  label: Opt<typeof localTextSchema>
}> = z.strictObject({
  kind: z.literal('priorYear'),
  field: path,
  op: z.enum(['lt', 'lte', 'gt', 'gte']),
  prior: path,
  percent: z.number().int().min(1).max(100000),
  label: localTextSchema.optional(),
})

/** A figure of the latest annual report against a share of a figure of the year before's. */
export type PriorYear = Frozen<z.output<typeof priorYearSchema>>

/**
 * A figure of the latest annual report on file that states it (`field`, year Y) compared by `op` with
 * `percent`% of a figure of the report for Y-1 (`prior`); holds only when both reports are on
 * file and state both figures.
 *
 * @example
 * // public-benefit spending below 70% of last year's income (DR-09)
 * when.priorYear('financials.publicBenefitSpending', 'lt', 'financials.income', 70)
 */
export function priorYear(
  field: string,
  op: Op,
  prior: string,
  percent = 100,
  label?: LocalText,
): PriorYear {
  return {
    kind: 'priorYear',
    field,
    op,
    prior,
    percent,
    ...(label === undefined ? {} : { label }),
  }
}

/**
 * Whether `value op percent% of base`. Whole figures (yuan are, with no upper bound) are
 * compared in BigInt, so the products are exact at any size; other figures in floating point.
 */
export function comparesTo(value: number, op: Op, base: number, percent: number): boolean {
  const whole = Number.isInteger(value) && Number.isInteger(base) && Number.isInteger(percent)
  const left = whole ? BigInt(value) * 100n : value * 100
  const right = whole ? BigInt(base) * BigInt(percent) : base * percent
  switch (op) {
    case 'lt':
      return left < right
    case 'lte':
      return left <= right
    case 'gt':
      return left > right
    case 'gte':
      return left >= right
  }
}

const OPS: { readonly [O in Op]: LocalText } = {
  lt: { zh: '低于', en: 'below' },
  lte: { zh: '不高于', en: 'at most' },
  gt: { zh: '高于', en: 'above' },
  gte: { zh: '不低于', en: 'at least' },
}

const MISSING: Readonly<Record<string, LocalText>> = {
  report: { zh: '无年度工作报告', en: 'no annual report on file' },
  prior_report: {
    zh: '无{p}年度工作报告，无法比较',
    en: 'no annual report for {p}: no comparison',
  },
  figure: { zh: '{y}年度报告未载明{f}', en: 'the {y} report does not state {f}' },
  prior_figure: { zh: '{p}年度报告未载明{f}', en: 'the {p} report does not state {f}' },
}

function fill(text: string, field: string, year: number): string {
  return text
    .replace('{y}', String(year))
    .replace('{p}', String(year - 1))
    .replace('{f}', field)
}

function words(condition: PriorYear, found: Outcome): LocalText {
  const { year, value, base, missing } = found.facts
  if (typeof missing === 'string' || typeof year !== 'number') {
    const key = typeof missing === 'string' ? missing : 'report'
    const text = MISSING[key] as LocalText
    const y = typeof year === 'number' ? year : 0
    const field = key === 'prior_figure' ? condition.prior : condition.field
    return { zh: fill(text.zh, field, y), en: fill(text.en, field, y) }
  }
  const op = OPS[condition.op]
  const what = condition.label
  const numbers = {
    zh: `${year}年度${condition.field}为${value}元，${year - 1}年度${condition.prior}为${base}元`,
    en: `${condition.field} ${value} in ${year}, ${condition.prior} ${base} in ${year - 1}`,
  }
  if (!found.value) {
    const test = what ?? {
      zh: `${op.zh}上年度的${condition.percent}%`,
      en: `${op.en} ${condition.percent}% of the year before`,
    }
    return { zh: `不符合“${test.zh}”（${numbers.zh}）`, en: `not ${test.en} (${numbers.en})` }
  }
  if (what !== undefined)
    return { zh: `${what.zh}（${numbers.zh}）`, en: `${what.en} (${numbers.en})` }
  return {
    zh: `${numbers.zh}，${op.zh}其${condition.percent}%`,
    en: `${numbers.en}: ${op.en} ${condition.percent}% of it`,
  }
}

function check(condition: PriorYear, at: readonly (string | number)[]): Issue[] {
  const issues: Issue[] = []
  predicateIssues({ field: condition.field, op: 'exists' }, 'annualReports', at, issues)
  const prior: Issue[] = []
  predicateIssues({ field: condition.prior, op: 'exists' }, 'annualReports', at, prior)
  for (const issue of prior) issues.push({ ...issue, path: [...at, 'prior'] })
  return issues
}

function facts(found: YearFigures, condition: PriorYear): Outcome['facts'] {
  return {
    year: found.year,
    on: found.on,
    value: found.value,
    base: found.base,
    missing: found.missing,
    percent: condition.percent,
  }
}

/**
 * `priorYear`: this year's report against last year's. Year Y is the latest year whose annual
 * report filed on or before the date states `field` (the latest year on file when none does); each year is read from its latest filing that states the
 * figure. Without the report for Y-1, or a figure, the condition does not hold: a figure the
 * record lacks decides nothing, and `missing` says which.
 */
export const priorYearKind: ConditionModule<'priorYear'> = {
  facts: ['year', 'on', 'value', 'base', 'missing', 'percent'],
  inner: noInner,
  check,
  checkInPolicy: noIssues,
  requires: () => onlyWith('annualReports'),
  compile: (condition) => (context) => {
    const bounds = new Boundaries(context.at)
    const found = yearFigures(context.file, context.at, condition.field, condition.prior, bounds)
    const value =
      found.value !== null &&
      found.base !== null &&
      comparesTo(found.value, condition.op, found.base, condition.percent)
    return {
      value,
      seqs: found.seqs,
      since: bounds.since,
      changesOn: bounds.change,
      flipsOn: bounds.change,
      facts: facts(found, condition),
    }
  },
  words,
}
