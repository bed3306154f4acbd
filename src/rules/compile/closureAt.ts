import type { ClosureView, CreditFile } from '../../credit-file'
import { Boundaries } from './dates'

/** The closure in force on a date, and the days around it on which that changed or will. */
export interface ClosureAt {
  readonly closure: ClosureView | null
  readonly bounds: Boundaries
}

/**
 * The last closure effective on or before `at` and not voided by then, as the credit file
 * settles `status`, but for any date: closures and voidings dated later are only noted.
 */
export function closureAt(file: CreditFile, at: string): ClosureAt {
  const bounds = new Boundaries(at)
  let closure: ClosureView | null = null
  for (const item of file.registration.closures) {
    bounds.add(item.on)
    if (item.on > at) continue
    bounds.add(item.voidedOn)
    if (item.voidedOn !== null && item.voidedOn <= at) continue
    closure = item
  }
  return { closure, bounds }
}
