import fc from 'fast-check'
import { grades } from '../../src/evaluation/grades'
import type { OrganizationStatus } from '../../src/events/builtInEntryType'
import type { Entry, EntryType } from '../../src/events/catalogue'
import { entryTypes, nextStatus } from '../../src/events/catalogue'
import { abnormalListReasons } from '../../src/events/types/abnormalList'
import { inspectionResults } from '../../src/events/types/annualInspection'
import { partyOrganizationStatuses } from '../../src/events/types/partyOrganization'
import { seriousListReasons } from '../../src/events/types/seriousList'
import { dayOf } from '../../src/time'
import { examples } from '../events/examples'
import { ORG } from './history'

interface Step {
  readonly pick: number
  readonly target: number
  readonly variant: number
  readonly gapHours: number
  readonly lagDays: number
  readonly instant: boolean
  /** Carried over from another system, which recorded it on its effective day. */
  readonly migrated: boolean
}

const step: fc.Arbitrary<Step> = fc.record({
  pick: fc.nat(),
  target: fc.nat(),
  variant: fc.nat(1000),
  gapHours: fc.integer({ min: 0, max: 2400 }),
  lagDays: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, fc.nat(60), fc.nat(900)),
  instant: fc.boolean(),
  migrated: fc.boolean(),
})

// Common facts come up often, closures and amendments now and then, as in the workload.
const WEIGHTS: Partial<Record<EntryType, number>> = {
  AnnualReportFiled: 6,
  AnnualInspectionConcluded: 5,
  DisclosurePublished: 6,
  ActivityHeld: 4,
  EntryCorrected: 3,
  EntryRetracted: 3,
  Deregistered: 1,
  RegistrationRevoked: 1,
  Banned: 1,
  EvaluationApplied: 3,
  EvaluationResultNoticed: 3,
  EvaluationReviewRequested: 3,
}
const POOL: readonly EntryType[] = (Object.keys(entryTypes) as EntryType[])
  .filter((type) => !entryTypes[type].opensStream)
  .flatMap((type) => Array<EntryType>(WEIGHTS[type] ?? 2).fill(type))

const START = Date.parse('2015-01-01T09:00:00+08:00')
const HOUR = 3_600_000

/**
 * Random valid histories of one organization, in seq (recording) order: a registration, then
 * up to `maxLength` entries whose types suit the stream's status, whose `amends` point at
 * entries of the right type, and whose effective dates may lie well before their recording.
 */
export function entryHistory(maxLength = 30): fc.Arbitrary<Entry[]> {
  return fc
    .tuple(fc.nat(5000), fc.array(step, { maxLength }))
    .map(([firstSeq, steps]) => build(firstSeq, steps))
}

function build(firstSeq: number, steps: readonly Step[]): Entry[] {
  const entries: Entry[] = []
  let clock = START
  let status: OrganizationStatus = 'active'
  const add = (type: EntryType, data: unknown, on: string, amends?: number, migrated = false) => {
    const recordedAt = new Date(clock).toISOString()
    const original = migrated ? { recordedAt: dayOf(on), source: '旧系统' } : undefined
    const entry = envelope(type, data, on, recordedAt, amends, firstSeq, entries, original)
    entries.push(entry)
    status = nextStatus(status, entry)
  }
  add('OrganizationRegistered', examples.OrganizationRegistered, '2015-01-01')
  for (const s of steps) {
    clock += s.gapHours * HOUR
    const type = POOL[s.pick % POOL.length] as EntryType
    if (status !== 'active' && !entryTypes[type].allowedWhen.includes(status)) continue
    const recordedDay = dayOf(new Date(clock).toISOString())
    const day = new Date(Date.parse(recordedDay) - s.lagDays * 24 * HOUR).toISOString().slice(0, 10)
    const on = s.instant ? `${day}T15:30:00+08:00` : day
    const made = payload(type, s, entries, day)
    if (made === undefined) continue
    // What ends, answers or undoes an entry takes effect on or after it, as the ledger demands.
    const target = entries.find((entry) => entry.seq === made.amends)
    const undoes = Array.isArray(entryTypes[type].amends)
    if (undoes && target !== undefined && dayOf(target.effectiveAt) > day) {
      add(type, made.data, target.effectiveAt, made.amends, s.migrated)
    } else add(type, made.data, on, made.amends, s.migrated)
  }
  return entries
}

function envelope(
  type: EntryType,
  data: unknown,
  on: string,
  recordedAt: string,
  amends: number | undefined,
  firstSeq: number,
  before: readonly Entry[],
  migrated?: { readonly recordedAt: string; readonly source: string },
): Entry {
  const entry: Record<string, unknown> = {}
  if (amends !== undefined) entry.amends = amends
  entry.by = '上海市浦东新区民政局'
  entry.data = data
  entry.effectiveAt = on
  if (migrated !== undefined) entry.migrated = migrated
  entry.org = ORG
  entry.recordedAt = recordedAt
  entry.schema = entryTypes[type].schema
  entry.seq = firstSeq + before.length
  entry.type = type
  entry.version = before.length + 1
  return entry as unknown as Entry
}

type Made = { readonly data: unknown; readonly amends?: number } | undefined

function payload(type: EntryType, s: Step, entries: readonly Entry[], day: string): Made {
  const v = s.variant
  const pickOf = (...types: EntryType[]) => {
    const candidates = entries.filter((entry) => types.includes(entry.type))
    return candidates[s.target % Math.max(candidates.length, 1)]
  }
  const amending = (target: Entry | undefined, data: unknown): Made =>
    target === undefined ? undefined : { data, amends: target.seq }
  switch (type) {
    case 'AnnualReportFiled':
      return { data: { ...examples.AnnualReportFiled, year: 2014 + (v % 11) } }
    case 'AnnualInspectionConcluded': {
      const result = inspectionResults[v % inspectionResults.length]
      return { data: { ...examples.AnnualInspectionConcluded, year: 2014 + (v % 11), result } }
    }
    case 'EvaluationGraded': {
      // Every day here is under the measures, which set the validity: none is stated.
      const { validFrom: _, validTo: __, ...graded } = examples.EvaluationGraded
      return { data: { ...graded, grade: grades[v % grades.length], announcedOn: day } }
    }
    case 'GradeDowngraded':
      return { data: { ...examples.GradeDowngraded, from: '5A', to: grades[v % 4] } }
    case 'PenaltyImposed': {
      const sanctions = [
        [{ kind: 'warning' }],
        [{ kind: 'fine', amount: 1000 + v * 97 }],
        [{ kind: 'warning' }, { kind: 'suspension', months: 1 + (v % 6) }],
        [{ kind: 'certificate_revoked' }],
      ][v % 4]
      return { data: { ...examples.PenaltyImposed, sanctions } }
    }
    case 'ListedOnAbnormalList':
      return { data: { ...examples.ListedOnAbnormalList, reason: abnormalListReasons[v % 7] } }
    case 'ListedOnSeriousList':
      return { data: { reason: seriousListReasons[v % 8], department: '上海市民政局' } }
    case 'RegistrationChanged':
      return { data: { changes: [{ field: 'name', after: `浦东新区青少年科技教育促进会${v}` }] } }
    case 'ObjectionFiled':
      return { data: { ...examples.ObjectionFiled, disputes: [(pickOf(...ALL) as Entry).seq] } }
    case 'ChangeRegistrationRevoked':
      return amending(pickOf('RegistrationChanged'), examples.ChangeRegistrationRevoked)
    case 'RectificationCompleted':
      return amending(pickOf('RectificationOrdered'), examples.RectificationCompleted)
    case 'PenaltyRevoked':
      return amending(pickOf('PenaltyImposed'), examples.PenaltyRevoked)
    case 'RemovedFromAbnormalList':
      return amending(pickOf('ListedOnAbnormalList'), examples.RemovedFromAbnormalList)
    case 'RemovedFromSeriousList':
      return amending(pickOf('ListedOnSeriousList'), examples.RemovedFromSeriousList)
    case 'DishonestDebtorRemoved':
      return amending(pickOf('DishonestDebtorListed'), examples.DishonestDebtorRemoved)
    case 'ObjectionResolved':
      return amending(pickOf('ObjectionFiled'), examples.ObjectionResolved)
    case 'PublicFundraisingRefused':
      return amending(pickOf('PublicFundraisingApplied'), examples.PublicFundraisingRefused)
    case 'ServicePurchaseCompleted':
      return amending(pickOf('ServicePurchaseContracted'), examples.ServicePurchaseCompleted)
    case 'EntryRetracted':
      return amending(pickOf(...RETRACTABLE), examples.EntryRetracted)
    case 'PersonalDataErased':
      return amending(pickOf(...ALL), examples.PersonalDataErased)
    case 'NotResponsibleCertified':
      return amending(
        pickOf('PenaltyImposed', 'RectificationOrdered'),
        examples.NotResponsibleCertified,
      )
    case 'InvestigationClosed':
      return amending(pickOf('InvestigationOpened'), examples.InvestigationClosed)
    case 'PartyOrganizationStatusRecorded':
      return {
        data: {
          ...examples.PartyOrganizationStatusRecorded,
          status: partyOrganizationStatuses[v % 3],
        },
      }
    case 'EntryCorrected': {
      const target = pickOf(...(Object.keys(CORRECTIONS) as EntryType[]))
      const fields = target === undefined ? undefined : CORRECTIONS[target.type]?.(v)
      return amending(target, { fields, reason: '录入错误' })
    }
    default:
      return { data: examples[type] }
  }
}

const ALL = Object.keys(entryTypes) as EntryType[]
const RETRACTABLE = ALL.filter((type) => !entryTypes[type].opensStream)

const CORRECTIONS: Partial<Record<EntryType, (v: number) => Record<string, unknown>>> = {
  OrganizationRegistered: (v) => ({ name: `更正后的名称${v}` }),
  PenaltyImposed: (v) => ({ facts: `更正后的违法事实${v}` }),
  ListedOnAbnormalList: () => ({ department: '上海市民政局' }),
  AnnualReportFiled: (v) => ({ year: 2014 + (v % 11) }),
  EvaluationGraded: (v) => ({ score: v % 1001 }),
  Commended: (v) => ({ honour: `上海市先进社会组织${v}` }),
  ActivityHeld: (v) => ({ description: `更正后的活动说明${v}` }),
  NoticeServed: (v) => ({ signedFor: true, signedOn: `2020-0${1 + (v % 9)}-15` }),
}

/** The entries sorted as a fold applies them: by effective day, then seq. */
export function inEffectiveOrder(entries: readonly Entry[]): Entry[] {
  return [...entries].sort((a, b) => {
    const dayA = dayOf(a.effectiveAt)
    const dayB = dayOf(b.effectiveAt)
    return dayA === dayB ? a.seq - b.seq : dayA < dayB ? -1 : 1
  })
}
