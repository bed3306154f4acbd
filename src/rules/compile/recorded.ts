import type { CreditFile, GradeEvent, ListMembership } from '../../credit-file'
import type { Boundaries } from './dates'
import { entryDays } from './entryDays'

type Stay = ListMembership<string, string>

/**
 * Whether a listing for `reason` that rests on `inputs` is already in force on `at`: a stay on
 * the list with that reason, open on `at`, that names every input in its `basedOn` (the stay's
 * own listing and removal aside), or that names none and is dated on or after every input. An
 * abnormal stay moved to the serious list (AB-12) stays in force while the serious stay it
 * moved to is open. In `bounds`: the days on which the answer may change, and as `since` the
 * latest day such a stay stopped being in force, from which a listing held back takes effect.
 */
export function listingRecorded(
  file: CreditFile,
  at: string,
  list: 'abnormal' | 'serious',
  reason: string,
  inputs: readonly number[],
  bounds: Boundaries,
): boolean {
  const stays: readonly Stay[] = list === 'abnormal' ? file.abnormalList : file.seriousList
  for (const stay of stays) {
    if (stay.reason !== reason) continue
    if (stay.listedOn > at) {
      bounds.add(stay.listedOn)
      continue
    }
    // A proposal may cite the stay itself (a condition that it is not open): that is no new ground.
    const grounds = inputs.filter((seq) => seq !== stay.listingSeq && seq !== stay.removalSeq)
    if (!covers(file, stay.basedOn, stay.listedOn, grounds)) continue
    const ended = endOf(file, stay, list, at)
    bounds.add(ended)
    if (ended === null || ended > at) return true
  }
  return false
}

/**
 * Whether a downgrade or cancellation on `ground` that rests on `inputs` was already recorded
 * against the grade held (awarded by the entry `held`): one on that ground since the award,
 * by `at`, dated on or after every input.
 */
export function gradeActionRecorded(
  file: CreditFile,
  at: string,
  held: number,
  ground: string,
  inputs: readonly number[],
  bounds: Boundaries,
): boolean {
  const history = file.gradeHistory
  const award = history.findIndex((event) => event.seq === held)
  for (const action of history.slice(award + 1) as GradeEvent[]) {
    if (action.event === 'graded' || action.ground !== ground) continue
    if (action.on > at) {
      bounds.add(action.on)
      continue
    }
    if (covers(file, [], action.on, inputs)) return true
  }
  return false
}

/** The day a stay stopped being in force, or `null` while it has not: open, or moved and open there. */
function endOf(file: CreditFile, stay: Stay, list: 'abnormal' | 'serious', at: string) {
  if (stay.removedOn === null || stay.removedOn > at) return stay.removedOn
  if (list !== 'abnormal' || stay.removalReason !== 'escalated') return stay.removedOn
  for (const moved of file.seriousList) {
    const named = moved.basedOn.includes(stay.listingSeq)
    if (named || (moved.basedOn.length === 0 && moved.listedOn === stay.removedOn)) {
      if (moved.listedOn <= at) return moved.removedOn
    }
  }
  return stay.removedOn
}

function covers(
  file: CreditFile,
  basedOn: readonly number[],
  on: string,
  inputs: readonly number[],
): boolean {
  if (basedOn.length > 0) return inputs.every((seq) => basedOn.includes(seq))
  const days = entryDays(file)
  return inputs.every((seq) => {
    const day = days.get(seq)
    return day !== undefined && day <= on
  })
}
