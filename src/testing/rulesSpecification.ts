import { expect } from 'vitest'
import { creditFileOf } from '../credit-file'
import { LedgerError } from '../errors'
import { type Entry, type EntryType, entryTypes, parseEntryData } from '../events'
import type { TypedEntryInput } from '../ledger'
import { type Decision, evaluate, type Language, nextChange, type Policy, render } from '../rules'
import { type DecisionSummary, summarizeDecision } from './rulesSummary'

/** An entry as a test gives it: the ledger's input, with `org` and `by` optional and a `recordedAt` if it matters. */
export type GivenEntry = {
  [T in EntryType]: Omit<TypedEntryInput<T>, 'org' | 'by' | 'personal'> & {
    readonly org?: string
    readonly by?: string
    readonly recordedAt?: string
  }
}[EntryType]

/** What `then` accepts for each decision: its summary, or any part of it. */
export type ExpectedDecision = Partial<DecisionSummary> & { readonly rule: string }

/** The decisions a specification reached, and checks on them that chain. */
export interface RuleOutcome {
  readonly decisions: readonly Decision[]
  /** Exactly these decisions, in order (by rule id, then kind); each given as its summary or part of it. */
  then(expected: readonly ExpectedDecision[]): RuleOutcome
  /** No decision at all. */
  thenNothing(): RuleOutcome
  /** The decisions, rendered as sentences in `language` (`zh` is read as `zh-CN`), are exactly these. */
  thenSays(language: Language | 'zh', sentences: readonly string[]): RuleOutcome
  /** `nextChange` from the evaluation date is this day. */
  thenNextChange(day: string | null): RuleOutcome
}

/** A history, waiting for the date to evaluate it at. */
export interface RuleScenario {
  /** Evaluates the policy over the history on `at`. */
  when(options: { readonly at: string }): RuleOutcome
}

/** A policy, waiting for a history. */
export interface RuleSpecification {
  /** The history, in order: the entries get seq 0, 1, 2…. */
  given(...entries: readonly GivenEntry[]): RuleScenario
}

/** The organization a specification's entries belong to unless they say otherwise. */
export const SPECIFICATION_ORG = '51310115MJ5000001Q'

/**
 * Given entries, when evaluated at a date, then these decisions: a decider specification for
 * policies, so adopters test their own local rules as the library tests the national ones.
 * Entries get seq 0, 1, 2… in the order given; their payloads are checked against their types.
 *
 * @example
 * ruleSpecification(policy)
 *   .given(
 *     { type: 'OrganizationRegistered', effectiveAt: '2019-03-01', data: registered },
 *     { type: 'ListedOnAbnormalList', effectiveAt: '2021-06-01', data: listed },
 *   )
 *   .when({ at: '2023-06-02' })
 *   .then([{ rule: 'SL-01', propose: 'ListedOnSeriousList', mode: 'automatic', effectiveAt: '2023-06-02' }, { rule: 'SL-01', propose: 'RemovedFromAbnormalList' }])
 */
export function ruleSpecification(policy: Policy): RuleSpecification {
  return {
    given(...given) {
      const entries = given.map(toEntry)
      return {
        when({ at }) {
          const file = creditFileOf(entries, { asOf: at })
          const decisions = evaluate(policy, file, { at })
          const outcome: RuleOutcome = {
            decisions,
            // biome-ignore lint/suspicious/noThenProperty: given/when/then, as decider specifications read; the thenable case is handled below.
            then(expected) {
              // Returning the outcome from a test makes vitest await it: resolve, as a thenable must.
              if (typeof expected === 'function') {
                ;(expected as (value: undefined) => void)(undefined)
                return outcome
              }
              expect(decisions.map(summarizeDecision)).toEqual(
                expected.map((e) => expect.objectContaining(e)),
              )
              return outcome
            },
            thenNothing() {
              expect(decisions.map(summarizeDecision)).toEqual([])
              return outcome
            },
            thenSays(language, sentences) {
              expect(decisions.map((decision) => render(decision, language))).toEqual(sentences)
              return outcome
            },
            thenNextChange(day) {
              expect(nextChange(policy, file, { from: at })).toBe(day)
              return outcome
            },
          }
          return outcome
        },
      }
    },
  }
}

function toEntry(given: GivenEntry, seq: number): Entry {
  const definition = entryTypes[given.type]
  const parsed = parseEntryData(given.type, definition.schema, given.data)
  if (!parsed.success) {
    const first = parsed.issues[0]
    throw new LedgerError(
      'INVALID_INPUT',
      `given entry ${seq} (${given.type}): ${first?.path.join('.')}: ${first?.message}`,
      parsed.issues,
    )
  }
  const entry: Record<string, unknown> = {}
  if (given.amends !== undefined) entry.amends = given.amends
  entry.by = given.by ?? '上海市浦东新区民政局'
  if (given.cause !== undefined) entry.cause = given.cause
  entry.data = parsed.data
  entry.effectiveAt = given.effectiveAt
  if (given.migrated !== undefined) entry.migrated = given.migrated
  entry.org = given.org ?? SPECIFICATION_ORG
  entry.recordedAt = given.recordedAt ?? `${given.effectiveAt.slice(0, 10)}T10:00:00+08:00`
  if (given.ref !== undefined) entry.ref = given.ref
  entry.schema = definition.schema
  entry.seq = seq
  entry.type = given.type
  entry.version = seq + 1
  return entry as unknown as Entry
}
