import { gradeValidityOf } from '../../evaluation'
import { isIsoDate } from '../../time'

/**
 * A reported grading's validity as the credit file reads it (`gradeValidityOf`): the measures'
 * whenever they were in force on the announcement, else the stated days. `undefined` when the
 * report holds neither, as when a field is withheld or a report is malformed.
 */
export function reportedValidity(
  announcedOn: unknown,
  validFrom: unknown,
  validTo: unknown,
): { readonly validFrom: string; readonly validTo: string } | undefined {
  const stated = typeof validFrom === 'string' && typeof validTo === 'string'
  if (typeof announcedOn !== 'string' || !isIsoDate(announcedOn)) {
    return stated ? { validFrom, validTo } : undefined
  }
  try {
    return (
      gradeValidityOf({
        announcedOn,
        ...(typeof validFrom === 'string' ? { validFrom } : {}),
        ...(typeof validTo === 'string' ? { validTo } : {}),
      }) ?? undefined
    )
  } catch {
    // Only a day whose validity would run past 9999-12-31 gets here: a malformed report.
    return undefined
  }
}
