import type { Explanation } from '../explanation'
import type { Outcome } from './outcome'

/** The explanation tree of an outcome: each evaluated node's value, entries and words. */
export function explain(found: Outcome): Explanation {
  if (found.children.length === 0) {
    return {
      node: found.node.kind,
      value: found.value,
      seqs: found.seqs,
      text: found.node.text(found, []),
    }
  }
  const children = found.children.map(explain)
  const text = found.node.text(
    found,
    children.map((child) => child.text),
  )
  return { node: found.node.kind, value: found.value, seqs: found.seqs, text, children }
}

/** The first value of a fact in an outcome tree, depth first, or undefined. */
export function findFact(found: Outcome, name: string): unknown {
  const value = found.facts[name]
  if (value !== undefined && value !== null) return value
  for (const child of found.children) {
    const inner = findFact(child, name)
    if (inner !== undefined) return inner
  }
  return undefined
}
