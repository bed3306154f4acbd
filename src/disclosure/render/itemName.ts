import { reportDay } from '../report/reportDay'
import type { ReportItem } from '../report/reportItem'
import { titleOf } from './noteText'
import type { ReportLabels } from './reportLabels'

/** An item named for people, by its day, title and document number: never by its seq. */
export function itemName(item: ReportItem, labels: ReportLabels): string {
  return labels.itemName(
    reportDay(item.entry.effectiveAt),
    titleOf(item.entry.type, labels),
    item.entry.ref,
  )
}
