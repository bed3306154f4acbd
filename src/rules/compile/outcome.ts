import type { CreditFile } from '../../credit-file'
import type { HolidayCalendar, PeriodConvention } from '../../time'
import type { AnnualReportRules } from '../annualReportRules'
import type { ConditionKind } from '../condition'
import type { LocalText } from '../localText'
import type { OrgKind } from '../orgKind'

/** A fact a node reports for explanations and for obligations to count from. */
export type FactValue = string | number | boolean | null

/** What one condition node found on one date. */
export interface Outcome {
  readonly value: boolean
  /** The entries the value rests on, ascending. */
  readonly seqs: readonly number[]
  /** The latest day on or before the date from which the outcome has held, when known. */
  readonly since: string | null
  /** The earliest day after the date on which anything in the outcome may change; a lower bound. */
  readonly changesOn: string | null
  /** The earliest day after the date on which `value` may change; a lower bound. */
  readonly flipsOn: string | null
  readonly facts: Readonly<Record<string, FactValue>>
  /** The children evaluated, for all, any and not. */
  readonly children: readonly Outcome[]
  readonly node: Node
}

/** The date, the file and what the evaluation of one file caches. */
export interface Context {
  readonly file: CreditFile
  readonly at: string
  readonly year: number
  readonly kind: OrgKind | null
}

/** A compiled condition: a closure over its parameters, and how to say what it found. */
export interface Node {
  readonly kind: ConditionKind
  readonly evaluate: (context: Context) => Outcome
  /** Words for what the node found; composites are given their children's words. */
  readonly text: (outcome: Outcome, children: readonly LocalText[]) => LocalText
}

/** What compiling a condition needs from the policy and the rule. */
export interface CompileOptions {
  readonly convention: PeriodConvention
  readonly annualReport: AnnualReportRules | undefined
  readonly calendar: HolidayCalendar | undefined
}

/** The parts of an outcome a node computes; `node` and `children` are filled in. */
export type Found = Omit<Outcome, 'node' | 'children'> & { readonly children?: readonly Outcome[] }

/** Wraps what a node found into its outcome. */
export function outcome(node: Node, found: Found): Outcome {
  // Spelled out rather than spread: this runs for every node of every rule of every file.
  return {
    value: found.value,
    seqs: found.seqs,
    since: found.since,
    changesOn: found.changesOn,
    flipsOn: found.flipsOn,
    facts: found.facts,
    children: found.children ?? NO_CHILDREN,
    node,
  }
}

const NO_CHILDREN: readonly Outcome[] = Object.freeze([])
