import type { Condition, ListName } from '../condition'
import type { FilterSection, Section } from '../entryFilter'

const LIST_SECTION: { readonly [L in ListName]: Section } = {
  abnormal: 'abnormalList',
  serious: 'seriousList',
  dishonest_debtor: 'dishonestDebtor',
}

/**
 * The sections of a credit file that must hold at least one item for the condition to hold:
 * a count of at least one item, a field of the latest item, a list stay, an open rectification
 * order. While one of them is empty the condition is false, and it stays false until an entry
 * adds an item (which a sweep notices as a new or newly effective entry), so a rule can be
 * skipped without evaluating it and without losing a change day.
 */
export function requiredSections(condition: Condition): ReadonlySet<FilterSection> {
  switch (condition.kind) {
    case 'count': {
      const least = condition.atLeast ?? (condition.atMost === undefined ? 1 : 0)
      return least >= 1 ? new Set([condition.entries.of]) : NONE
    }
    case 'field':
      return new Set([condition.entries.of])
    case 'onList':
    case 'listedFor':
      return new Set([LIST_SECTION[condition.list]])
    case 'rectification':
      return new Set(['rectifications'])
    case 'all': {
      const union = new Set<FilterSection>()
      for (const child of condition.of)
        for (const section of requiredSections(child)) union.add(section)
      return union
    }
    case 'any': {
      const [first, ...rest] = condition.of.map(requiredSections)
      if (first === undefined) return NONE
      return new Set([...first].filter((section) => rest.every((other) => other.has(section))))
    }
    default:
      return NONE
  }
}

const NONE: ReadonlySet<FilterSection> = new Set()
