import type { Ledger } from '../../src/createLedger'
import { type Entry, type EntryType, entryTypes, parseEntryData } from '../../src/events/catalogue'
import type { Person } from '../../src/events/personalData'
import type { EntryInput } from '../../src/ledger/entryInput'
import { GROUP, newLedger } from '../ledger/fixtures'

/** The organization of every random ledger: a social group, as the arbitraries register. */
export const ORG: string = GROUP

/** A random ledger and the people recorded beside its entries. */
export interface Recorded {
  readonly ledger: Ledger
  /** Each person named, with the seq of the entry they are named beside. */
  readonly people: readonly { readonly seq: number; readonly person: Person }[]
}

/**
 * Appends a random history (from the credit-file arbitraries) to a fresh ledger, one entry at
 * a time, with every free-text value made unique to its entry and field (so a value found in
 * a report can only have come from that field), every count and amount likewise, each entry
 * recorded `by` a unique name, and people named beside every fifth entry (the registration
 * among them) and every change registration: a legal representative and a council member, each with a unique name and id
 * number. Entries the ledger refuses are skipped, with everything that amends them.
 */
export async function recordHistory(history: readonly Entry[]): Promise<Recorded> {
  const { ledger } = newLedger()
  const seqOf = new Map<number, number>()
  const people: { seq: number; person: Person }[] = []
  for (const [index, entry] of history.entries()) {
    const amends = entry.amends === undefined ? undefined : seqOf.get(entry.amends)
    if (entry.amends !== undefined && amends === undefined) continue
    let data = entry.data as unknown
    if (entry.type === 'ObjectionFiled') {
      const disputes = entry.data.disputes.flatMap((seq) => seqOf.get(seq) ?? [])
      if (disputes.length === 0) continue
      data = { ...entry.data, disputes }
    }
    data = unique(entry.type, data, index)
    const named = index % 5 === 0 || entry.type === 'RegistrationChanged'
    const namedPeople: Person[] = [
      {
        role: 'legal_representative',
        name: `法人乙${index}号`,
        idNumber: `31011519700101${String(index).padStart(4, '0')}`,
      },
      {
        role: 'council_member',
        name: `理事甲${index}号`,
        idNumber: `31011519800101${String(index).padStart(4, '0')}`,
      },
    ]
    const input = {
      org: ORG,
      type: entry.type,
      effectiveAt: entry.effectiveAt,
      by: `上海市浦东新区民政局·经办${index}号`,
      ...(amends === undefined ? {} : { amends }),
      data,
      ...(named ? { personal: namedPeople } : {}),
    } as EntryInput
    const result = await ledger.safeAppend(input)
    if (!result.success) continue
    const seq = result.data.entries[0]?.seq as number
    seqOf.set(entry.seq, seq)
    if (named) for (const person of namedPeople) people.push({ seq, person })
  }
  return { ledger, people }
}

// Fields that hold positions of other entries, which must keep pointing where they did.
const POINTERS = new Set(['disputes', 'basedOn', 'penalty'])

// Each string and number is replaced by a marked one where the payload's schema still accepts
// it: free text, names and amounts change; enums, dates and codes stay.
function unique(type: EntryType, data: unknown, mark: number): unknown {
  let current = data
  let count = 0
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'number' && path.some((key) => POINTERS.has(String(key)))) return
    if (typeof value === 'string' || typeof value === 'number') {
      count++
      const candidate =
        typeof value === 'string' ? `${value}·${mark}·${count}·` : 7_000_000 + mark * 100 + count
      const next = replaced(current, path, candidate)
      const parsed = parseEntryData(type, entryTypes[type].schema, next)
      if (parsed.success && JSON.stringify(parsed.data) === JSON.stringify(next)) current = next
      return
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(item, [...path, i])
      })
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key])
    }
  }
  walk(data, [])
  return current
}

function replaced(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value
  const [head, ...rest] = path as [string | number, ...(string | number)[]]
  if (Array.isArray(root))
    return root.map((item, i) => (i === head ? replaced(item, rest, value) : item))
  const record = root as Record<string, unknown>
  return { ...record, [head]: replaced(record[head], rest, value) }
}
