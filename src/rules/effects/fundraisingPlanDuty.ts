import * as z from 'zod'
import type { CreditFile, FundraisingPlanView } from '../../credit-file'
import {
  addDaysIso,
  addPeriod,
  type CalendarPeriod,
  calendarPeriodSchema,
  isoDateSchema,
  type OutsideCalendarIssue,
} from '../../time'
import { Boundaries, nextDay } from '../compile/dates'
import type { Frozen, Opt, Strict } from '../schemaTypes'
import { type CampaignReport, spanDuties } from './campaignSpans'
import { dueDay } from './dueRule'
import { type DutyInstance, type DutyModule, dutyModule, stateOf } from './dutyModule'
import { noIssues } from './effectModule'

/** Checks a `fundraisingPlanDuty` effect. */
export const fundraisingPlanDutySchema: Strict<{
  kind: z.ZodLiteral<'fundraisingPlanDuty'>
  emergency: z.ZodBoolean
  filedFrom: Opt<typeof isoDateSchema>
  fileDaysBefore: Opt<z.ZodNumber>
  fileWithin: Opt<typeof calendarPeriodSchema>
  publishWithin: Opt<typeof calendarPeriodSchema>
  longest: Opt<typeof calendarPeriodSchema>
  correctWithin: Opt<typeof calendarPeriodSchema>
  receiptsEvery: Opt<typeof calendarPeriodSchema>
}> = z
  .strictObject({
    kind: z.literal('fundraisingPlanDuty'),
    emergency: z.boolean(),
    filedFrom: z.optional(isoDateSchema),
    fileDaysBefore: z.number().int().min(1).max(366).optional(),
    fileWithin: z.optional(calendarPeriodSchema),
    publishWithin: z.optional(calendarPeriodSchema),
    longest: z.optional(calendarPeriodSchema),
    correctWithin: z.optional(calendarPeriodSchema),
    receiptsEvery: z.optional(calendarPeriodSchema),
  })
  .refine((effect) => effect.fileDaysBefore === undefined || effect.fileWithin === undefined, {
    message: 'a plan is filed before the campaign starts or within a period after, not both',
    path: ['fileWithin'],
  })
  .refine((effect) => (effect.longest === undefined) === (effect.correctWithin === undefined), {
    message: 'a longest campaign needs the period to correct or withdraw a longer plan',
    path: ['correctWithin'],
  })

/** The duties each filed plan of one kind (ordinary or emergency) sets. */
export type FundraisingPlanDutyEffect = Frozen<z.output<typeof fundraisingPlanDutySchema>>

/**
 * For each plan filed from `filedFrom` on, emergency or not as `emergency` says: file it `fileDaysBefore` days
 * before the campaign starts, or within `fileWithin` after (CH-03, CH-04); the registrar
 * publishes it within `publishWithin` of filing; a campaign longer than `longest` is
 * corrected or withdrawn within `correctWithin` of filing; receipts are disclosed every
 * `receiptsEvery` of the emergency-response phase (CH-04).
 */
export function fileFundraisingPlans(options: {
  readonly emergency: boolean
  readonly filedFrom?: string
  readonly fileDaysBefore?: number
  readonly fileWithin?: CalendarPeriod
  readonly publishWithin?: CalendarPeriod
  readonly longest?: CalendarPeriod
  readonly correctWithin?: CalendarPeriod
  readonly receiptsEvery?: CalendarPeriod
}): FundraisingPlanDutyEffect {
  return { kind: 'fundraisingPlanDuty', ...options }
}

const FILE = 'file_fundraising_plan'
const PUBLISH = 'publish_fundraising_plan'
const CORRECT = 'correct_fundraising_plan'
const RECEIPTS = 'disclose_emergency_receipts'

/**
 * `fundraisingPlanDuty`, per filed plan of its kind (key: the plan's seq): `file_fundraising_plan`
 * (the organization), met by the filing itself, late or not; `publish_fundraising_plan` (the
 * registrar), met on the day the ledger recorded the plan, which is the day it became public;
 * `correct_fundraising_plan` for a campaign longer than `longest`, which a correction of its
 * period or a retraction removes; and `disclose_emergency_receipts` per span of
 * `receiptsEvery` of the emergency-response phase (to the earlier of `emergencyPhaseTo` and
 * the campaign's last day), and for the days left after the last whole span, due on the
 * phase's last day (key `<plan seq>:<n>`), met by a public-fundraising disclosure within the
 * span that names the plan or, naming none, covers a period inside the campaign's.
 */
export const fundraisingPlanDutyKind: DutyModule<'fundraisingPlanDuty'> = dutyModule({
  obliges: [FILE, PUBLISH, CORRECT, RECEIPTS],
  who: 'organization',
  check: noIssues,
  checkInPolicy: noIssues,
  instances(effect, { context, policy }) {
    const { file, at } = context
    const bounds = new Boundaries(at)
    const out: DutyInstance[] = []
    for (const plan of file.fundraisingPlans) {
      bounds.add(plan.filedOn)
      if (plan.filedOn > at || plan.emergency !== effect.emergency) continue
      if (effect.filedFrom !== undefined && plan.filedOn < effect.filedFrom) continue
      const issues: OutsideCalendarIssue[] = []
      const anchor = (name: string) => (name === 'from' ? plan.from : plan.filedOn)
      const fileDue =
        effect.fileDaysBefore !== undefined
          ? addDaysIso(plan.from, -effect.fileDaysBefore)
          : dueDay(
              effect.fileWithin && { from: 'from', period: effect.fileWithin },
              anchor,
              policy.calendar,
              ['due'],
              issues,
            )
      if (effect.fileDaysBefore !== undefined || effect.fileWithin !== undefined)
        out.push(done(FILE, plan, fileDue, plan.filedOn, plan.seq, at, issues))
      if (effect.publishWithin !== undefined) {
        const publishIssues: OutsideCalendarIssue[] = []
        const rule = { from: 'filedOn', period: effect.publishWithin }
        const due = dueDay(rule, anchor, policy.calendar, ['due'], publishIssues)
        bounds.add(plan.recordedOn)
        const instance = done(PUBLISH, plan, due, plan.recordedOn, plan.seq, at, publishIssues)
        if (instance.state !== 'done' && due !== null) bounds.add(nextDay(due))
        out.push(instance)
      }
      if (effect.longest !== undefined && effect.correctWithin !== undefined) {
        if (addPeriod(plan.from, effect.longest) <= plan.to) {
          const correctIssues: OutsideCalendarIssue[] = []
          const rule = { from: 'filedOn', period: effect.correctWithin }
          const due = dueDay(rule, anchor, policy.calendar, ['due'], correctIssues)
          if (due !== null) bounds.add(nextDay(due))
          out.push(done(CORRECT, plan, due, null, null, at, correctIssues))
        }
      }
      if (effect.receiptsEvery !== undefined) {
        // A phase stated past the campaign's end ends with the campaign.
        const phaseTo = plan.emergencyPhaseTo
        const phaseEnd = phaseTo !== null && phaseTo < plan.to ? phaseTo : plan.to
        out.push(
          ...spanDuties({
            duty: RECEIPTS,
            campaign: plan.seq,
            from: plan.from,
            until: nextDay(phaseEnd),
            every: effect.receiptsEvery,
            partial: true,
            reports: receiptsOf(file, plan, bounds),
            at,
            bounds,
          }),
        )
      }
    }
    return { instances: out, next: bounds.change }
  },
  label: (duty) => LABELS[duty] ?? { zh: duty, en: duty },
  what(decision) {
    const [plan, n] = (decision.instance?.key ?? '').split(':')
    const label = LABELS[decision.duty] ?? { zh: decision.duty, en: decision.duty }
    if (decision.duty === RECEIPTS)
      return {
        zh: `公开募捐方案（第${plan}号记录）第${n}期募得款物接收情况`,
        en: `disclose receipts ${n} of the emergency campaign (entry ${plan})`,
      }
    return { zh: `${label.zh}（第${plan}号记录）`, en: `${label.en} (entry ${plan})` }
  },
})

const LABELS: Readonly<Record<string, { readonly zh: string; readonly en: string }>> = {
  [FILE]: { zh: '报送募捐方案备案', en: 'file the fundraising plan' },
  [PUBLISH]: { zh: '向社会公开予以备案的募捐方案', en: 'publish the filed fundraising plan' },
  [CORRECT]: {
    zh: '补正或者撤回超过期限的募捐方案',
    en: 'correct or withdraw a plan longer than the measures allow',
  },
  [RECEIPTS]: {
    zh: '应急处置与救援阶段每5日公开募得款物接收情况',
    en: 'disclose receipts during the emergency-response phase',
  },
}

/** An instance met on `doneOn` by the entry `doneBy`, or not met when both are null. */
function done(
  duty: string,
  plan: FundraisingPlanView,
  due: string | null,
  doneOn: string | null,
  doneBy: number | null,
  at: string,
  issues: readonly OutsideCalendarIssue[],
): DutyInstance {
  const met = doneOn !== null && doneOn <= at
  return {
    duty,
    key: String(plan.seq),
    year: null,
    due,
    state: stateOf(due, doneOn, at),
    basedOn: [plan.seq],
    doneOn: met ? doneOn : null,
    doneBy: met ? doneBy : null,
    inputs: [plan.seq],
    ...(issues.length > 0 ? { issues } : {}),
  }
}

/**
 * The public-fundraising disclosures on record that report on the plan's campaign: those that
 * name it, and those that name none but state a period inside the campaign's. One stating no
 * period is about no campaign in particular, and meets none.
 */
function receiptsOf(
  file: CreditFile,
  plan: FundraisingPlanView,
  bounds: Boundaries,
): CampaignReport[] {
  const out: CampaignReport[] = []
  for (const item of file.disclosures) {
    if (item.category !== 'public_fundraising') continue
    const about =
      item.campaign !== null
        ? item.campaign === plan.seq
        : item.period !== null && item.period.from >= plan.from && item.period.to <= plan.to
    if (!about) continue
    bounds.add(item.on)
    out.push({ seq: item.seq, on: item.on })
  }
  return out
}
