import type { Condition } from '../condition'
import { count, field } from './nodes/count'
import { elapsed, registeredFor } from './nodes/elapsed'
import { grade } from './nodes/grade'
import { attribute, orgKind } from './nodes/identity'
import { inspectionYears } from './nodes/inspections'
import { listedFor, onList } from './nodes/lists'
import { all, any, not } from './nodes/logic'
import { rectification } from './nodes/rectification'
import { reportDue, reportOverdue, reportYears } from './nodes/reports'
import { status } from './nodes/status'
import type { CompileOptions, Node } from './outcome'

/** Compiles a validated condition into a tree of closures, once per policy. */
export function compileCondition(condition: Condition, options: CompileOptions): Node {
  switch (condition.kind) {
    case 'status':
      return status(condition)
    case 'orgKind':
      return orgKind(condition)
    case 'attribute':
      return attribute(condition)
    case 'onList':
      return onList(condition)
    case 'listedFor':
      return listedFor(condition, options)
    case 'count':
      return count(condition, options)
    case 'field':
      return field(condition, options)
    case 'consecutiveYears':
      return condition.of === 'inspections'
        ? inspectionYears(condition)
        : reportYears(condition, options)
    case 'reportOverdue':
      return reportOverdue(condition, options)
    case 'reportDue':
      return reportDue(condition, options)
    case 'rectification':
      return rectification(condition)
    case 'grade':
      return grade(condition, options)
    case 'registeredFor':
      return registeredFor(condition, options)
    case 'elapsed':
      return elapsed(condition, options)
    case 'all':
      return all(
        condition,
        condition.of.map((child) => compileCondition(child, options)),
      )
    case 'any':
      return any(
        condition,
        condition.of.map((child) => compileCondition(child, options)),
      )
    case 'not':
      return not(compileCondition(condition.of, options))
  }
}
