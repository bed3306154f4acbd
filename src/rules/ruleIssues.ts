import type { Issue } from '../errors'
import {
  abnormalListReasons,
  entryTypes,
  isEntryType,
  parseEntryData,
  seriousListReasons,
} from '../events'
import { readerOf } from './compile/sections'
import type { Condition } from './condition'
import type { EntryFilter, Predicate } from './entryFilter'
import { forEachCondition } from './forEachCondition'
import type { Rule } from './rule'

type Path = readonly (string | number)[]

const REASONS: Readonly<Record<string, readonly string[]>> = {
  abnormal: abnormalListReasons,
  serious: seriousListReasons,
  dishonest_debtor: [],
}

const FACTS: Readonly<Record<string, readonly string[]>> = {
  status: ['status', 'closedOn', 'closedBy'],
  orgKind: ['kind'],
  attribute: [],
  onList: ['listedOn', 'removedOn'],
  listedFor: ['listedOn', 'elapsesOn', 'removedOn'],
  count: ['count', 'first', 'last', 'days'],
  field: ['on'],
  consecutiveYears: ['from', 'to', 'states'],
  reportOverdue: ['year', 'due', 'filedOn', 'state'],
  reportDue: ['year', 'due', 'filedOn', 'state'],
  rectification: ['deadline', 'orderedOn', 'overdue'],
  grade: ['grade', 'validFrom', 'validTo', 'valid', 'windowFrom', 'windowTo'],
  registeredFor: ['date', 'elapsesOn', 'reached'],
  elapsed: ['date', 'elapsesOn', 'reached'],
}

/** What a rule's shape cannot say: reasons of the right list, known fields, reported facts, valid payloads. */
export function ruleIssues(rule: Rule): Issue[] {
  const issues: Issue[] = []
  const facts = new Set(['since', 'at'])
  walk(rule.when, ['when'], issues, facts)
  rule.then.forEach((effect, index) => {
    const at = ['then', index]
    if (effect.kind === 'obligation') {
      for (const key of ['due', 'opens'] as const) {
        const from = effect[key]?.from
        if (from !== undefined && !facts.has(from))
          issues.push(unknownFact([...at, key, 'from'], from, facts))
      }
      if (effect.done !== undefined && !facts.has(effect.done))
        issues.push(unknownFact([...at, 'done'], effect.done, facts))
    }
    if (effect.kind === 'propose') issues.push(...proposeIssues(effect.type, effect.data, at))
  })
  return issues
}

function walk(root: Condition, at: Path, issues: Issue[], facts: Set<string>): void {
  forEachCondition(root, at, (condition, path) => {
    for (const fact of FACTS[condition.kind] ?? []) facts.add(fact)
    if (condition.kind === 'onList' || condition.kind === 'listedFor') {
      const allowed = REASONS[condition.list] ?? []
      condition.reasons?.forEach((reason, index) => {
        if (allowed.includes(reason)) return
        issues.push({
          code: 'invalid_reason',
          path: [...path, 'reasons', index],
          message:
            allowed.length === 0
              ? `${condition.list} listings have no reasons`
              : `expected one of ${allowed.join(', ')}`,
        })
      })
    } else if (condition.kind === 'count' || condition.kind === 'field') {
      filterIssues(condition.entries, [...path, 'entries'], issues)
      if (condition.kind === 'field') {
        predicateIssues(condition.where, condition.entries.of, [...path, 'where'], issues)
      }
    }
  })
}

function filterIssues(filter: EntryFilter, path: Path, issues: Issue[]): void {
  if (filter.where !== undefined)
    predicateIssues(filter.where, filter.of, [...path, 'where'], issues)
}

function predicateIssues(
  predicate: Predicate,
  section: EntryFilter['of'],
  path: Path,
  issues: Issue[],
): void {
  if ('all' in predicate || 'any' in predicate) {
    const list = 'all' in predicate ? predicate.all : predicate.any
    const key = 'all' in predicate ? 'all' : 'any'
    list.forEach((inner, index) => {
      predicateIssues(inner, section, [...path, key, index], issues)
    })
    return
  }
  if ('not' in predicate) {
    predicateIssues(predicate.not, section, [...path, 'not'], issues)
    return
  }
  const fields = readerOf(section).fields
  const check = (field: string, at: Path) => {
    const top = field.split('.')[0] as string
    if (!fields.includes(top)) {
      issues.push({
        code: 'unknown_field',
        path: at,
        message: `${section} items have no field '${top}'; they have ${fields.join(', ')}`,
      })
    }
  }
  check(predicate.field, [...path, 'field'])
  const operand = 'value' in predicate ? predicate.value : null
  if (operand !== null && typeof operand === 'object' && 'field' in operand) {
    check(operand.field, [...path, 'value', 'field'])
  }
}

function unknownFact(path: Path, name: string, facts: Set<string>): Issue {
  return {
    code: 'unknown_fact',
    path,
    message: `the condition reports no fact '${name}'; it reports ${[...facts].sort().join(', ')}`,
  }
}

function proposeIssues(type: string, data: unknown, path: Path): Issue[] {
  if (!isEntryType(type))
    return [
      {
        code: 'unknown_entry_type',
        path: [...path, 'type'],
        message: `no entry type is called '${type}'`,
      },
    ]
  const definition = entryTypes[type]
  if (definition.opensStream || definition.amends !== null) {
    return [
      {
        code: 'not_proposable',
        path: [...path, 'type'],
        message: `${type} cannot be proposed as a fixed entry; use the effect made for it`,
      },
    ]
  }
  const parsed = parseEntryData(type, definition.schema, data)
  return parsed.success
    ? []
    : parsed.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }))
}
