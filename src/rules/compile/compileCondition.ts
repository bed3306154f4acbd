import type { Condition, ConditionKind, ConditionOf } from '../condition'
import { conditionKinds } from '../conditions/conditionKinds'
import { type CompileOptions, type Node, outcome } from './outcome'

/** Compiles a validated condition into a tree of closures, once per policy. */
export function compileCondition(condition: Condition, options: CompileOptions): Node {
  return compileKind(condition.kind, condition, options)
}

// `kind` beside `condition` lets the module of that kind take the condition as its own.
function compileKind<K extends ConditionKind>(
  kind: K,
  condition: ConditionOf<K>,
  options: CompileOptions,
): Node {
  const module = conditionKinds[kind]
  const evaluate = module.compile(condition, options, (inner) => compileCondition(inner, options))
  const node: Node = {
    kind,
    evaluate: (context) => outcome(node, evaluate(context)),
    text: (found, inner) => module.words(condition, found, inner),
  }
  return node
}
