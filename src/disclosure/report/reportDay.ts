import { dayOf, isIsoDate, isIsoInstant } from '../../time'

/**
 * The day of a date or instant as a report shows it (an instant counts as its day in China);
 * anything else as it is, since a renderer shows a damaged report rather than throw.
 */
export function reportDay(value: string): string {
  return isIsoDate(value) || isIsoInstant(value) ? dayOf(value) : value
}
