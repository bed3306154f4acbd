import type { Entry, EntryOf } from '../../src/events/catalogue'

/** A stay on the abnormal list: the one item a fold must change after it is made. */
interface Stay {
  readonly listing: EntryOf<'ListedOnAbnormalList'>
  removal: EntryOf<'RemovedFromAbnormalList'> | null
}

/**
 * A credit file as a hand-written fold keeps it: one object of fixed shape, filled in place,
 * never copied or frozen, its items the entries themselves (they are immutable once stored).
 * It holds what `creditFileOf` holds for the workload's entry types, so the two answer the
 * same questions; the limit of a fold that allocates nothing per entry.
 */
export class FoldedFile {
  org = ''
  version = 0
  lastSeq = -1
  through = ''
  status = 'active'
  closedBy: Entry | null = null
  registration: EntryOf<'OrganizationRegistered'> | null = null
  readonly annualReports: Map<number, EntryOf<'AnnualReportFiled'>[]> = new Map()
  readonly inspections: Map<number, EntryOf<'AnnualInspectionConcluded'>> = new Map()
  grade: EntryOf<'EvaluationGraded'> | null = null
  readonly gradeHistory: EntryOf<'EvaluationGraded'>[] = []
  readonly penalties: EntryOf<'PenaltyImposed'>[] = []
  readonly abnormalList: Stay[] = []
  onAbnormalList = false
  readonly commendations: EntryOf<'Commended'>[] = []
  readonly disclosures: EntryOf<'DisclosurePublished'>[] = []
}

/** Folds one entry into `file` in place. */
export function foldInto(file: FoldedFile, entry: Entry): void {
  file.org = entry.org
  file.version = entry.version
  file.lastSeq = entry.seq
  // Effective dates of the workload are plain dates, so their order is the order of the text.
  if (entry.effectiveAt > file.through) file.through = entry.effectiveAt
  switch (entry.type) {
    case 'OrganizationRegistered':
      file.registration = entry
      return
    case 'AnnualReportFiled': {
      const filings = file.annualReports.get(entry.data.year)
      if (filings === undefined) file.annualReports.set(entry.data.year, [entry])
      else filings.push(entry)
      return
    }
    case 'AnnualInspectionConcluded':
      file.inspections.set(entry.data.year, entry)
      return
    case 'DisclosurePublished':
      file.disclosures.push(entry)
      return
    case 'EvaluationGraded':
      file.grade = entry
      file.gradeHistory.push(entry)
      return
    case 'PenaltyImposed':
      file.penalties.push(entry)
      for (const sanction of entry.data.sanctions) {
        if (sanction.kind === 'certificate_revoked' || sanction.kind === 'registration_revoked') {
          file.status = 'revoked'
          file.closedBy = entry
        }
      }
      return
    case 'ListedOnAbnormalList':
      file.abnormalList.push({ listing: entry, removal: null })
      file.onAbnormalList = true
      return
    case 'RemovedFromAbnormalList': {
      let listed = false
      for (const stay of file.abnormalList) {
        if (stay.listing.seq === entry.amends && stay.removal === null) stay.removal = entry
        if (stay.removal === null) listed = true
      }
      file.onAbnormalList = listed
      return
    }
    case 'Commended':
      file.commendations.push(entry)
      return
    case 'Deregistered':
      file.status = 'deregistered'
      file.closedBy = entry
      return
    default:
      return
  }
}

/** One organization's entries folded into a fresh file. */
export function mutableFold(entries: readonly Entry[]): FoldedFile {
  const file = new FoldedFile()
  for (const entry of entries) foldInto(file, entry)
  return file
}
