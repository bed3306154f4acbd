import type { Issue } from '../../errors'
import type { CompileOptions, Context, Found, Node, Outcome } from '../compile/outcome'
import type { Condition, ConditionKind, ConditionOf } from '../condition'
import type { FilterSection } from '../entryFilter'
import type { LocalText } from '../localText'
import type { PolicyDocument } from '../policy'

/** A path into a rule or a policy, as issues carry it. */
export type Path = readonly (string | number)[]

/** A condition inside another, with its path from the outer one (`['of', 0]`). */
export interface InnerCondition {
  readonly path: Path
  readonly condition: Condition
}

/** What a compiled condition finds on a date: its value, entries, dates and facts. */
export type Evaluate = (context: Context) => Found

/**
 * Everything the rule language does with one kind of condition besides reading it: its checks,
 * its compiled form and its words. `conditionKinds` holds one for every kind, and everything
 * that treats kinds differently asks it.
 */
export interface ConditionModule<K extends ConditionKind> {
  /** The facts its outcome reports, which an obligation's `due`, `opens` and `done` may name. */
  readonly facts: readonly string[]
  /** The conditions inside it, for walking a rule's condition tree. */
  readonly inner: (condition: ConditionOf<K>) => readonly InnerCondition[]
  /** What its shape cannot say (reasons of another list, fields a section lacks), at `path`. */
  readonly check: (condition: ConditionOf<K>, path: Path) => Issue[]
  /** What it needs from the policy its rule sits in (a due day for annual reports), at `path`. */
  readonly checkInPolicy: (condition: ConditionOf<K>, path: Path, policy: PolicyDocument) => Issue[]
  /** Compiles it once per policy into a closure over its parameters; `compileInner` compiles a condition inside it. */
  readonly compile: (
    condition: ConditionOf<K>,
    options: CompileOptions,
    compileInner: (condition: Condition) => Node,
  ) => Evaluate
  /** The sections that must hold an item for it to hold; `requiredBy` gives those of a condition inside it. */
  readonly requires: (
    condition: ConditionOf<K>,
    requiredBy: (condition: Condition) => ReadonlySet<FilterSection>,
  ) => ReadonlySet<FilterSection>
  /** What it found, in both languages; a combinator is given the words of the conditions it evaluated. */
  readonly words: (
    condition: ConditionOf<K>,
    found: Outcome,
    inner: readonly LocalText[],
  ) => LocalText
}

/** `inner` for a condition with none inside it. */
export function noInner(): readonly InnerCondition[] {
  return []
}

/** `check` and `checkInPolicy` for a condition its schema checks fully. */
export function noIssues(): Issue[] {
  return []
}

/** `requires` for a condition that can hold with every section empty. */
export function noSections(): ReadonlySet<FilterSection> {
  return NONE
}

/** `requires` for a condition that holds only while `section` has an item. */
export function onlyWith(section: FilterSection): ReadonlySet<FilterSection> {
  return new Set([section])
}

const NONE: ReadonlySet<FilterSection> = new Set()
