import { checkArgument } from '../_internal/arguments'
import type { Entry } from '../events'
import { builtInCatalogue } from '../events'
import { collectAmendments } from './amendments'
import type { CreditFile } from './creditFile'
import { effectiveDay } from './effectiveDay'
import { emptyCreditFile } from './emptyCreditFile'
import { foldEntry } from './foldEntry'
import { creditFileOptionsSchema, foldedEntriesSchema } from './foldInputs'
import { freezeFresh } from './freezeFresh'
import { type CreditFileOptions, readWindow, shows } from './readWindow'
import { settle } from './settle'

/**
 * Folds one organization's entries into its credit file, read bitemporally. Entries recorded
 * after `knownAt` are hidden; entries effective after `asOf` are left out, except corrections,
 * retractions and erasures, which fix the record for every date once known. The rest are folded
 * by effective day, then seq, so a back-dated entry lands where it belongs in valid time
 * whatever order the entries come in. The fold mutates one fresh object and freezes it once.
 * A ledger with host types reads with `{ entryTypes: ledger.entryTypes }`; an entry of a type
 * the read does not know is refused with `INVALID_INPUT`.
 *
 * @example
 * const file = creditFileOf(entries, { asOf: '2023-12-31', knownAt: '2024-03-01' })
 * file.onAbnormalList // as the record stood for the end of 2023, as known on 1 March 2024
 */
export function creditFileOf(
  entries: readonly Entry[],
  options: CreditFileOptions = {},
): CreditFile {
  checkArgument(foldedEntriesSchema, entries, 'entries')
  checkArgument(creditFileOptionsSchema, options, 'options')
  return foldCreditFile(entries, options, true)
}

/**
 * `creditFileOf`, leaving the file unfrozen when `freeze` is false: for a caller that reads the
 * file and drops it, such as a sweep, freezing every view costs a third of the fold for nothing.
 */
export function foldCreditFile(
  entries: readonly Entry[],
  options: CreditFileOptions,
  freeze: boolean,
): CreditFile {
  const asOf = options.asOf ?? null
  const knownAt = options.knownAt ?? null
  const window = readWindow(asOf, knownAt)
  const visible: Entry[] = []
  const days: string[] = []
  let ordered = true
  let amending = false
  for (const entry of entries) {
    if (!shows(window, entry)) continue
    const day = effectiveDay(entry.effectiveAt)
    const last = visible.length - 1
    if (last >= 0 && before(day, entry.seq, days[last] as string, (visible[last] as Entry).seq)) {
      ordered = false
    }
    if (entry.type === 'EntryCorrected' || entry.type === 'EntryRetracted') amending = true
    visible.push(entry)
    days.push(day)
  }
  const order = ordered ? visible : inEffectiveOrder(visible, days)
  const amendments = amending ? collectAmendments(visible) : undefined
  const draft = emptyCreditFile(asOf, knownAt)
  const catalogue = options.entryTypes ?? builtInCatalogue
  for (const entry of order) foldEntry(draft, entry, amendments, catalogue)
  settle(draft)
  return freeze ? freezeFresh(draft as CreditFile) : (draft as CreditFile)
}

function before(day: string, seq: number, otherDay: string, otherSeq: number): boolean {
  return day < otherDay || (day === otherDay && seq < otherSeq)
}

function inEffectiveOrder(entries: readonly Entry[], days: readonly string[]): Entry[] {
  const indexes = entries.map((_, index) => index)
  indexes.sort((a, b) => {
    const dayA = days[a] as string
    const dayB = days[b] as string
    if (dayA !== dayB) return dayA < dayB ? -1 : 1
    return (entries[a] as Entry).seq - (entries[b] as Entry).seq
  })
  return indexes.map((index) => entries[index] as Entry)
}
