import {
  amended,
  type CreditFile,
  collectAmendments,
  foldCreditFile,
  type GradeEvent,
} from '../credit-file'
import { gradeValidityOf } from '../evaluation'
import { builtInCatalogue, type Entry, type EntryCatalogue } from '../events'
import type {
  RegisterGradeSpan,
  RegisterList,
  RegisterListStay,
  RegisterRecord,
} from './registerRecord'

/**
 * The register's view of one organization, from its entries with everything known; `undefined`
 * when they hold no registration or filing. A pure function of the entries: applying the same
 * entries again gives the same record.
 */
export function registerRecordOf(
  entries: readonly Entry[],
  entryTypes: EntryCatalogue = builtInCatalogue,
): RegisterRecord | undefined {
  const file = foldCreditFile(entries, { entryTypes }, false)
  const opened = file.registration.opened
  const { identity } = file
  if (opened === null) return undefined
  const bySeq = new Map<number, Entry>()
  for (const entry of entries) bySeq.set(entry.seq, entry)
  // A revoked change that did not say what it replaced leaves no name: show the registered one.
  const registered = bySeq.get(opened.seq)?.data as { name?: string; kind?: string } | undefined
  const amendments = collectAmendments(entries)
  const current = (seq: number) => {
    const entry = bySeq.get(seq)
    return entry === undefined ? undefined : amended(entry, amendments)
  }
  return {
    org: file.org,
    idScheme: file.idScheme ?? 'uscc',
    name: identity.name ?? registered?.name ?? '',
    formerNames: formerNames(file),
    kind: identity.kind ?? registered?.kind ?? 'community_group',
    registrar: identity.registrar ?? '',
    registrarLevel: identity.registrarLevel,
    division: file.idScheme === 'filing' ? null : file.org.slice(2, 8),
    registeredOn: opened.on,
    status: file.status,
    closures: file.registration.closures.map((closure) => ({
      status: closure.status,
      on: closure.on,
      voidedOn: closure.voidedOn,
    })),
    grades: gradeSpans(file.gradeHistory, current),
    donationDeduction: file.donationDeduction.map((item) => ({
      validFrom: item.validFrom,
      validTo: item.validTo,
      lostOn: item.lostOn,
      seq: item.seq,
    })),
    stays: [
      ...file.abnormalList.map((stay) => listStay('abnormal', stay, bySeq)),
      ...file.seriousList.map((stay) => listStay('serious', stay, bySeq)),
    ],
    lastSeq: file.lastSeq ?? opened.seq,
  }
}

function formerNames(file: CreditFile): string[] {
  const names: string[] = []
  for (const change of file.registration.changes) {
    if (change.revokedOn !== null) continue
    for (const { field, before } of change.changes) {
      if (field === 'name' && typeof before === 'string' && !names.includes(before))
        names.push(before)
    }
  }
  return names.filter((name) => name !== file.identity.name)
}

type Membership = CreditFile['abnormalList'][number] | CreditFile['seriousList'][number]

function listStay(
  list: RegisterList,
  stay: Membership,
  bySeq: ReadonlyMap<number, Entry>,
): RegisterListStay {
  const behind = new Set([stay.listingSeq, ...stay.basedOn])
  if (stay.removalSeq !== null) behind.add(stay.removalSeq)
  return {
    list,
    seq: stay.listingSeq,
    listedOn: stay.listedOn,
    removedOn: stay.removedOn,
    reason: stay.reason,
    removalReason: stay.removalReason,
    rule: bySeq.get(stay.listingSeq)?.cause?.rule ?? null,
    department: stay.department,
    entries: [...behind].sort((a, b) => a - b),
  }
}

/**
 * Cuts the grade history into stretches: a grading starts one, a downgrade starts another with
 * the same validity, a cancellation or the next grading ends it. A stretch that ends on the day
 * it began held on no day.
 */
function gradeSpans(
  history: readonly GradeEvent[],
  current: (seq: number) => Entry | undefined,
): RegisterGradeSpan[] {
  const spans: RegisterGradeSpan[] = []
  let open: Omit<RegisterGradeSpan, 'until'> | null = null
  let graded: number | undefined
  for (const event of history) {
    if (open !== null && open.from < event.on) spans.push({ ...open, until: event.on })
    open = null
    if (event.event === 'cancelled' || event.grade === null) {
      graded = undefined
      continue
    }
    if (event.event === 'graded') graded = event.seq
    const entry = graded === undefined ? undefined : current(graded)
    if (entry?.type !== 'EvaluationGraded') continue
    const validity = gradeValidityOf(entry.data)
    if (validity === null) continue
    open = {
      grade: event.grade,
      from: event.on,
      validFrom: validity.validFrom,
      validTo: validity.validTo,
      seq: entry.seq,
    }
  }
  if (open !== null) spans.push({ ...open, until: null })
  return spans
}
