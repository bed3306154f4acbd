import type { Decision } from '../rules'

/**
 * A decision in the few fields a test states: the rule, and what it proposes (entry type, mode,
 * day, target, inputs), grants or bars (benefit, from, until), or obliges (duty, due, state,
 * and for a recurring duty the instance's key: `2023`, `41:2`).
 */
export type DecisionSummary =
  | {
      readonly rule: string
      readonly propose: string
      readonly mode: 'automatic' | 'needs_decision'
      readonly effectiveAt: string
      readonly amends?: number
      readonly inputs: readonly number[]
      readonly data: Readonly<Record<string, unknown>>
    }
  | {
      readonly rule: string
      readonly grant: string
      readonly from: string
      readonly until: string | null
    }
  | {
      readonly rule: string
      readonly bar: string
      readonly from: string
      readonly until: string | null
    }
  | {
      readonly rule: string
      readonly oblige: string
      readonly who: string
      readonly due: string | null
      readonly state: 'due' | 'overdue' | 'done'
      readonly instance?: string
    }

/** The summary of a decision that `ruleSpecification(…).then` compares with. */
export function summarizeDecision(decision: Decision): DecisionSummary {
  switch (decision.kind) {
    case 'proposal': {
      const { entry } = decision
      return {
        rule: decision.rule,
        propose: entry.type,
        mode: decision.mode,
        effectiveAt: entry.effectiveAt,
        ...(entry.amends === undefined ? {} : { amends: entry.amends }),
        inputs: decision.inputs,
        data: entry.data,
      }
    }
    case 'entitlement':
      return decision.effect === 'grant'
        ? {
            rule: decision.rule,
            grant: decision.benefit,
            from: decision.from,
            until: decision.until,
          }
        : { rule: decision.rule, bar: decision.benefit, from: decision.from, until: decision.until }
    case 'obligation':
      return {
        rule: decision.rule,
        oblige: decision.duty,
        who: decision.who,
        due: decision.due,
        state: decision.state,
        ...(decision.instance === undefined ? {} : { instance: decision.instance.key }),
      }
  }
}
