import { entryTypes, isEntryType } from '../../events'
import type { DisclosedEntry } from '../../proof'
import type { ReportItem } from '../report/reportItem'
import { formatValue } from './formatValue'
import type { ReportLabels } from './reportLabels'

/**
 * A note as people read it: "under objection since D" or how the objection ended, "corrected
 * on D", "personal data erased on D under B", or the title and reason of any other entry that
 * amends the item, such as a revocation or a removal from a list.
 */
export function noteText(
  seq: number,
  on: string,
  labels: ReportLabels,
  bySeq: ReadonlyMap<number, ReportItem>,
): string {
  const other = bySeq.get(seq)
  const entry: DisclosedEntry | undefined = other?.entry
  switch (entry?.type) {
    case 'ObjectionFiled': {
      const resolved = other?.notes.find((note) => note.type === 'ObjectionResolved')
      if (resolved === undefined) return labels.underObjection(on)
      const resolution = bySeq.get(resolved.seq)?.entry.data
      const words = (part: unknown) => (part === undefined ? undefined : formatValue(part, labels))
      return labels.objectionResolved(
        on,
        resolved.on,
        words(resolution?.outcome) ?? labels.empty,
        words(resolution?.reason),
      )
    }
    case 'EntryCorrected':
      return entry.data?.fields === undefined ? labels.correctionHidden(on) : labels.corrected(on)
    case 'PersonalDataErased':
      return labels.erased(on, formatValue(entry.data?.basis ?? '—', labels))
    default: {
      const reason = entry?.data?.reason
      const title = titleOf(entry?.type ?? '', labels)
      return labels.amendedBy(
        reason === undefined ? title : `${title}${labels.colon}${formatValue(reason, labels)}`,
        on,
      )
    }
  }
}

/** The title of an entry type in the report's language; the type itself when unknown. */
export function titleOf(type: string, labels: ReportLabels): string {
  if (!isEntryType(type)) return type
  // Entry types keep their titles under `zh` and `en`, as their definitions write them.
  return entryTypes[type].title[labels.language === 'zh-CN' ? 'zh' : 'en']
}
