import type { Entry } from '../events'
import { amendsTheRecord } from './amendments'
import type { CreditFile } from './creditFile'
import { effectiveDay } from './effectiveDay'

/**
 * Whether folding `entry` on top of `file` could differ from folding everything again: it
 * corrects or retracts an earlier entry, a correction or retraction already folded amends it
 * (possible when it is effective later than its amendment), or it belongs before the file's
 * last entry in effective order. The check is conservative; a `true` only costs a refold.
 */
export function reachesBack(file: CreditFile, entry: Entry): boolean {
  if (entry.type === 'EntryCorrected' || entry.type === 'EntryRetracted') return true
  if (Object.hasOwn(file.corrections, String(entry.seq))) return true
  if (amendsTheRecord(entry.type) || file.through === null) return false
  const day = effectiveDay(entry.effectiveAt)
  if (day !== file.through) return day < file.through
  return file.lastSeq !== null && entry.seq < file.lastSeq
}
