import type { Issue, PlainIssueCode } from '../../errors'
import { decodeHex, toHex } from '../encoding'
import type { DisclosedPeople } from './disclosedPeople'
import { fieldDigest } from './fieldCommitment'
import { PERSON_FIELDS, type PeopleCommitments } from './peopleCommitments'
import { peopleHash } from './peopleHash'

const HASH = /^[0-9a-f]{64}$/
const FIELDS: ReadonlySet<string> = new Set(PERSON_FIELDS)

/**
 * The problems with the people of a report item, paths from the item (`['people', 'shown',
 * 0, 'value']`): a tree that is not one object of hex digests per person, a tree that does
 * not hash to the entry's `personalHash`, and each shown field that the entry does not commit
 * to, lacks its salt, or does not open its commitment, named as `people.0.name`.
 */
export function disclosedPeopleIssues(
  people: DisclosedPeople,
  personalHash: string | undefined,
): Issue[] {
  if (personalHash === undefined) {
    return [issue('not_committed', [], 'people are shown but the entry commits to none')]
  }
  const treeProblem = problemIn(people.commitments)
  if (treeProblem !== undefined) {
    return [issue('malformed_entry', ['commitments', ...treeProblem.path], treeProblem.message)]
  }
  const issues: Issue[] = []
  if (toHex(peopleHash(people.commitments)) !== personalHash) {
    issues.push(
      issue(
        'people_changed',
        ['commitments'],
        'the people commitments do not hash to the entry’s personalHash: one of them was changed',
      ),
    )
  }
  const seen = new Set<string>()
  people.shown.forEach((shown, at) => {
    const name = `people.${shown.index}.${shown.field}`
    const commitment = (
      people.commitments[shown.index] as Readonly<Record<string, string>> | undefined
    )?.[shown.field]
    const salt = decodeHex(shown.salt)
    if (seen.has(name)) {
      issues.push(issue('malformed_entry', ['shown', at], `${name} is shown twice`))
    } else if (typeof commitment !== 'string') {
      issues.push(
        issue(
          'not_committed',
          ['shown', at],
          `${name} is shown but the entry commits to no such field`,
        ),
      )
    } else if (salt?.length !== 32) {
      issues.push(
        issue('missing_salt', ['shown', at, 'salt'], `${name} is shown without its 32-byte salt`),
      )
    } else if (toHex(fieldDigest(salt, shown.value)) !== commitment) {
      issues.push(
        issue(
          'field_changed',
          ['shown', at, 'value'],
          `${name} does not match its commitment: the value or its salt was changed`,
        ),
      )
    }
    seen.add(name)
  })
  return issues
}

// One non-empty object per person: role and name, perhaps idNumber, each 64 hex digits.
function problemIn(
  tree: PeopleCommitments,
): { path: (string | number)[]; message: string } | undefined {
  if (!Array.isArray(tree) || tree.length === 0) {
    return { path: [], message: 'the people commitments are not a non-empty list' }
  }
  for (const [index, person] of tree.entries()) {
    if (typeof person !== 'object' || person === null || Array.isArray(person)) {
      return { path: [index], message: `person ${index} is not an object` }
    }
    for (const [key, value] of Object.entries(person)) {
      if (!FIELDS.has(key)) return { path: [index, key], message: `${key} is not a person field` }
      if (typeof value !== 'string' || !HASH.test(value)) {
        return { path: [index, key], message: `${key} is not 64 lower-case hex digits` }
      }
    }
    for (const field of ['role', 'name'] as const) {
      if (!Object.hasOwn(person, field)) {
        return { path: [index], message: `person ${index} has no ${field} commitment` }
      }
    }
  }
  return undefined
}

function issue(code: PlainIssueCode, path: (string | number)[], message: string): Issue {
  return { code, path: ['people', ...path], message }
}
