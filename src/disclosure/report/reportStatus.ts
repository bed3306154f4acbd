import { currentValue } from './currentValue'
import type { PublicReport } from './publicReport'
import { reportDay } from './reportDay'
import { reportedValidity } from './reportedValidity'
import type { ReportItem } from './reportItem'
import { reportSections } from './reportSections'

/** How the organization stands on the report's day, as far as the report's items show it. */
export interface ReportStatus {
  /** `unknown` when the report shows no registration, filing or closure. */
  readonly state:
    | 'active'
    | 'deregistered'
    | 'revoked'
    | 'certificate_revoked'
    | 'banned'
    | 'unknown'
  /** The day the closure took effect. */
  readonly closedOn?: string
  /** The day of the listing still open on each list, if any. */
  readonly abnormalSince?: string
  readonly seriousSince?: string
  readonly debtorSince?: string
  /** The grade in force on the report's day. */
  readonly grade?: { readonly grade: string; readonly validTo: string }
}

interface Closure {
  readonly state: ReportStatus['state']
  readonly on: string
  readonly seq: number
  readonly penalty: number | undefined
}

/**
 * The standing derived from the items, as the credit file derives it from entries: the last
 * deregistration, revocation or ban not voided by revoking the penalty behind it; the listings
 * with no removal shown; the last grade, lowered or cancelled since, if valid on `asOf`.
 * Corrections shown are applied. What the policy keeps from the public cannot count.
 */
export function reportStatus(
  report: PublicReport,
  bySeq: ReadonlyMap<number, ReportItem>,
): ReportStatus {
  const items = reportSections
    .flatMap((section) => report.sections[section])
    .map((item) => ({ item, day: reportDay(item.entry.effectiveAt) }))
    .sort((a, b) =>
      a.day === b.day ? a.item.entry.seq - b.item.entry.seq : a.day < b.day ? -1 : 1,
    )
  const value = (item: ReportItem, key: string): unknown => currentValue(item, key, bySeq).value
  const closures: Closure[] = []
  const voided = new Set<number>()
  let opened = false
  let grade: { grade: string; validFrom: string; validTo: string } | undefined
  const open: Record<'abnormal' | 'serious' | 'debtor', Map<number, string>> = {
    abnormal: new Map(),
    serious: new Map(),
    debtor: new Map(),
  }
  for (const { item, day } of items) {
    const { type, seq, amends } = item.entry
    const closure = (state: ReportStatus['state'], penalty?: unknown) =>
      closures.push({
        state,
        on: day,
        seq,
        penalty: typeof penalty === 'number' ? penalty : undefined,
      })
    switch (type) {
      case 'OrganizationRegistered':
      case 'OrganizationFiled':
        opened = true
        break
      case 'Deregistered':
        closure('deregistered')
        break
      case 'Banned':
        closure('banned')
        break
      case 'RegistrationRevoked':
        closure(
          value(item, 'kind') === 'certificate_revoked' ? 'certificate_revoked' : 'revoked',
          value(item, 'penalty'),
        )
        break
      case 'PenaltyImposed': {
        const sanctions = value(item, 'sanctions')
        const kinds = Array.isArray(sanctions)
          ? sanctions.map((sanction) => (sanction as { kind?: unknown } | null)?.kind)
          : []
        if (kinds.includes('registration_revoked')) closure('revoked')
        else if (kinds.includes('certificate_revoked')) closure('certificate_revoked')
        break
      }
      case 'PenaltyRevoked':
        if (amends !== undefined) voided.add(amends)
        break
      case 'ListedOnAbnormalList':
        open.abnormal.set(seq, day)
        break
      case 'ListedOnSeriousList':
        open.serious.set(seq, day)
        break
      case 'DishonestDebtorListed':
        open.debtor.set(seq, day)
        break
      case 'RemovedFromAbnormalList':
      case 'RemovedFromSeriousList':
      case 'DishonestDebtorRemoved':
        for (const list of Object.values(open)) if (amends !== undefined) list.delete(amends)
        break
      case 'EvaluationGraded': {
        const [awarded, announcedOn, validFrom, validTo] = [
          'grade',
          'announcedOn',
          'validFrom',
          'validTo',
        ].map((key) => value(item, key))
        const validity = reportedValidity(announcedOn, validFrom, validTo)
        grade =
          typeof awarded === 'string' && validity !== undefined
            ? { grade: awarded, ...validity }
            : undefined
        break
      }
      case 'GradeDowngraded': {
        const lowered = value(item, 'to')
        if (grade !== undefined && typeof lowered === 'string') grade = { ...grade, grade: lowered }
        break
      }
      case 'GradeCancelled':
        grade = undefined
        break
    }
  }
  const standing = closures
    .filter((closure) => !voided.has(closure.seq) && !voided.has(closure.penalty ?? -1))
    .at(-1)
  const first = (list: Map<number, string>) => [...list.values()].sort()[0]
  const status: {
    -readonly [K in keyof ReportStatus]: ReportStatus[K]
  } = {
    state: standing?.state ?? (opened ? 'active' : 'unknown'),
  }
  if (standing !== undefined) status.closedOn = standing.on
  const abnormal = first(open.abnormal)
  const serious = first(open.serious)
  const debtor = first(open.debtor)
  if (abnormal !== undefined) status.abnormalSince = abnormal
  if (serious !== undefined) status.seriousSince = serious
  if (debtor !== undefined) status.debtorSince = debtor
  const asOf = reportDay(report.asOf)
  if (grade !== undefined && grade.validFrom <= asOf && asOf <= grade.validTo) {
    status.grade = { grade: grade.grade, validTo: grade.validTo }
  }
  return status
}
