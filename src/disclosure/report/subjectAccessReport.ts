import { expectObject, expectString, invalidArgument } from '../../_internal/arguments'
import { collectAmendments } from '../../credit-file'
import type { Cause, EntryEnvelope, Migrated, PersonalData } from '../../events'
import { builtInCatalogue, type EntryCatalogue } from '../../events'
import { nationalDisclosurePolicy } from '../../policies'
import type { DisclosedEntry } from '../../proof'
import { contentLeaves, contentOf, PERSON_FIELDS } from '../../proof'
import {
  type DisclosurePolicy,
  disclosurePolicy,
  disclosurePolicyHash,
  type PolicyDocument,
} from '../../rules'
import { addDaysIso, dayOf } from '../../time'
import { publicView } from '../policy/publicView'
import { personFieldVisibilityOf } from '../policy/visibilityOf'
import { itemNotes } from './itemNotes'
import type { ReportNote } from './reportItem'

/** Everything held about one entry of an organization, for the organization or an authority. */
export interface SubjectAccessItem {
  readonly seq: number
  readonly type: string
  readonly title: { readonly zh: string; readonly en: string }
  /** Who recorded it, and when. */
  readonly by: string
  readonly recordedAt: string
  /** When and by which system it was first recorded, for an entry carried over from another. */
  readonly migrated: Migrated | null
  readonly effectiveAt: string
  readonly ref: string | null
  /** The payload as stored. */
  readonly data: unknown
  /** The rule and policy hash behind an entry a policy proposed. */
  readonly cause: Cause | null
  readonly personalData:
    | { readonly state: 'none' }
    | { readonly state: 'held'; readonly people: PersonalData }
    | { readonly state: 'erased'; readonly on: string; readonly basis: string; readonly by: number }
  /** Objections that dispute it, and how the last one stands. */
  readonly dispute: {
    readonly state: 'none' | 'open' | 'upheld' | 'rejected' | 'undetermined'
    readonly objections: readonly number[]
  }
  /** Later entries that amend or dispute it. */
  readonly amendments: readonly ReportNote[]
  /**
   * The days it was in the public report, as the record stands now; fields the public does not
   * see, people fields among them (`people.0.idNumber`).
   */
  readonly publication: {
    readonly periods: readonly { readonly from: string; readonly to: string | null }[]
    readonly withheldFields: readonly string[]
  }
}

/** What `subjectAccessReport` reads: a `Ledger` has both. */
export interface SubjectAccessSource {
  entries(org: string): Promise<readonly EntryEnvelope[]>
  /** The people an entry names, if still held. */
  personalData(seq: number): Promise<PersonalData | undefined>
}

/** Everything held about one organization, entry by entry (PIPL-style access). */
export interface SubjectAccessReport {
  readonly org: string
  readonly policy: { readonly id: string; readonly version: string; readonly hash: string }
  readonly entries: readonly SubjectAccessItem[]
}

/**
 * Everything the ledger holds about `org`: each entry with who recorded it and when, the rule
 * and policy behind it, the people named beside it (or when and why they were erased), its
 * dispute state, the entries that amend it, the days it was public under `policy`, and the
 * fields and people fields the public does not see.
 * Not for publication: it carries every field.
 *
 * @example
 * const access = await subjectAccessReport(ledger, org)
 */
export async function subjectAccessReport(
  source: SubjectAccessSource,
  org: string,
  options: { readonly policy?: DisclosurePolicy | PolicyDocument } = {},
): Promise<SubjectAccessReport> {
  const record = source as unknown as Record<string, unknown> | null
  if (
    typeof source !== 'object' ||
    record === null ||
    typeof record.entries !== 'function' ||
    typeof record.personalData !== 'function'
  ) {
    throw invalidArgument('source', 'a ledger', source)
  }
  expectString(org, 'org')
  expectObject(options, 'options')
  const policy = disclosurePolicy(options.policy ?? nationalDisclosurePolicy)
  const stored = await source.entries(org)
  const catalogue = (source as { entryTypes?: EntryCatalogue }).entryTypes ?? builtInCatalogue
  const read = stored.map(catalogue.upcast)
  const retracted = collectAmendments(read).retracted
  const live = read.filter((entry) => !retracted.has(entry.seq))
  const notes = itemNotes(stored as readonly DisclosedEntry[])
  const periods = publicPeriods(stored, policy, catalogue)
  const days = [...new Set(stored.map((entry) => dayOf(entry.effectiveAt)))].sort()
  const latest = days.at(-1)
  const now = latest === undefined ? [] : publicView(stored, policy, latest, catalogue)
  const items: SubjectAccessItem[] = []
  for (const entry of stored) {
    const objections = live.filter(
      (other) => other.type === 'ObjectionFiled' && other.data.disputes.includes(entry.seq),
    )
    const last = objections.at(-1)
    const resolution = live.find(
      (other) => other.type === 'ObjectionResolved' && other.amends === last?.seq,
    )
    const erasure = live.find(
      (other) => other.type === 'PersonalDataErased' && other.amends === entry.seq,
    )
    const people =
      entry.personalHash === undefined ? undefined : await source.personalData(entry.seq)
    const shownNow = now.find((item) => item.entry.seq === entry.seq)
    items.push({
      seq: entry.seq,
      type: entry.type,
      title: catalogue.definition(entry.type)?.title ?? { zh: entry.type, en: entry.type },
      by: entry.by,
      recordedAt: entry.recordedAt,
      migrated: entry.migrated ?? null,
      effectiveAt: entry.effectiveAt,
      ref: entry.ref ?? null,
      data: entry.data,
      cause: entry.cause ?? null,
      personalData:
        erasure?.type === 'PersonalDataErased'
          ? {
              state: 'erased',
              on: dayOf(erasure.effectiveAt),
              basis: erasure.data.basis,
              by: erasure.seq,
            }
          : people !== undefined
            ? { state: 'held', people }
            : { state: 'none' },
      dispute: {
        state:
          last === undefined
            ? 'none'
            : resolution?.type === 'ObjectionResolved'
              ? resolution.data.outcome
              : 'open',
        objections: objections.map((objection) => objection.seq),
      },
      amendments: notes.get(entry.seq) ?? [],
      publication: {
        periods: periods.get(entry.seq) ?? [],
        withheldFields: [
          ...contentLeaves(contentOf(entry))
            .filter((leaf) => shownNow === undefined || !shownNow.shows(leaf.path))
            .map((leaf) => leaf.path.join('.')),
          ...withheldPeople(people, entry.type, shownNow !== undefined, policy),
        ],
      },
    })
  }
  return {
    org,
    policy: { id: policy.id, version: policy.version, hash: disclosurePolicyHash(policy) },
    entries: items,
  }
}

// The fields of people still held that a report does not show now, as `people.i.field`.
function withheldPeople(
  people: PersonalData | undefined,
  type: string,
  shown: boolean,
  policy: DisclosurePolicy,
): string[] {
  const withheld: string[] = []
  people?.forEach((person, index) => {
    for (const field of PERSON_FIELDS) {
      if (person[field] === undefined) continue
      if (shown && personFieldVisibilityOf(policy, type, person.role, field) === 'public') continue
      withheld.push(`people.${index}.${field}`)
    }
  })
  return withheld
}

// Public reports change only on days some entry takes effect, so looking on each such day
// gives every period exactly.
function publicPeriods(
  entries: readonly EntryEnvelope[],
  policy: DisclosurePolicy,
  catalogue: EntryCatalogue,
): Map<number, { from: string; to: string | null }[]> {
  const days = [...new Set(entries.map((entry) => dayOf(entry.effectiveAt)))].sort()
  const periods = new Map<number, { from: string; to: string | null }[]>()
  let previous = new Set<number>()
  for (const day of days) {
    const shown = new Set(publicView(entries, policy, day, catalogue).map((item) => item.entry.seq))
    for (const seq of previous) {
      const open = periods.get(seq)?.at(-1)
      if (!shown.has(seq) && open !== undefined) open.to = addDaysIso(day, -1)
    }
    for (const seq of shown) {
      if (previous.has(seq)) continue
      const list = periods.get(seq) ?? []
      list.push({ from: day, to: null })
      periods.set(seq, list)
    }
    previous = shown
  }
  return periods
}
