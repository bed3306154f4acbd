import type { Issue } from '../../errors'
import { type Item, readerOf } from '../compile/sections'
import type { EntryFilter, FilterSection } from '../entryFilter'
import type { Predicate } from '../predicate'
import type { Path } from './conditionModule'

/** The fields a filter's test names that its section's items lack, at `path`. */
export function filterIssues(filter: EntryFilter, path: Path): Issue[] {
  const issues: Issue[] = []
  if (filter.where !== undefined)
    predicateIssues(filter.where, filter.of, [...path, 'where'], issues)
  issues.push(...datesIssues(filter.countsFrom, filter.of, [...path, 'countsFrom']))
  return issues
}

/**
 * How a condition reads an item's day for its facts: the field `dates` names, else the one the
 * filter counts items from, else the section's own day.
 */
export function dayReader(
  dates: string | undefined,
  filter: EntryFilter,
  own: (item: Item) => string,
): (item: Item) => string | null {
  const name = dates ?? filter.countsFrom
  if (name === undefined) return own
  return (item) => (item[name] as string | null | undefined) ?? null
}

/** The issue of a day field (`dates`, `countsFrom`) the section's items lack, at `path`. */
export function datesIssues(
  dates: string | undefined,
  section: FilterSection,
  path: Path,
): Issue[] {
  if (dates === undefined) return []
  const fields = readerOf(section).fields
  if (fields.includes(dates)) return []
  return [
    {
      code: 'unknown_field',
      path,
      message: `${section} items have no field '${dates}'; they have ${fields.join(', ')}`,
    },
  ]
}

/** Notes in `issues` the fields a test names that the section's items lack. */
export function predicateIssues(
  predicate: Predicate,
  section: FilterSection,
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
