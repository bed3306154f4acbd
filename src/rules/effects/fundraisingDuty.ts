import * as z from 'zod'
import { type DisclosureCategory, disclosureCategories } from '../../events'
import { addPeriod, type CalendarPeriod, calendarPeriodSchema } from '../../time'
import { Boundaries, nextDay } from '../compile/dates'
import type { Enum, Frozen, List, Strict } from '../schemaTypes'
import { reportInstance, spanDuties } from './campaignSpans'
import { type DutyInstance, type DutyModule, dutyModule } from './dutyModule'
import { noIssues } from './effectModule'
import { fundraisingCampaigns } from './fundraisingCampaigns'

/** Checks a `fundraisingDuty` effect. */
export const fundraisingDutySchema: Strict<{
  kind: z.ZodLiteral<'fundraisingDuty'>
  categories: List<Enum<DisclosureCategory>>
  longerThan: typeof calendarPeriodSchema
  every: typeof calendarPeriodSchema
  completionWithin: typeof calendarPeriodSchema
}> = z.strictObject({
  kind: z.literal('fundraisingDuty'),
  categories: z.array(z.enum(disclosureCategories)).min(1).readonly(),
  longerThan: calendarPeriodSchema,
  every: calendarPeriodSchema,
  completionWithin: calendarPeriodSchema,
})

/** Progress and completion reports of long campaigns and projects. */
export type FundraisingDutyEffect = Frozen<z.output<typeof fundraisingDutySchema>>

/**
 * For each campaign or project of `categories` longer than `longerThan`: a progress report
 * every `every` while it runs, and a full account within `completionWithin` of its end (CH-05).
 */
export function reportFundraising(options: {
  readonly categories: readonly DisclosureCategory[]
  readonly longerThan: CalendarPeriod
  readonly every: CalendarPeriod
  readonly completionWithin: CalendarPeriod
}): FundraisingDutyEffect {
  return { kind: 'fundraisingDuty', ...options }
}

const PROGRESS = 'disclose_fundraising_progress'
const COMPLETION = 'disclose_fundraising_completion'

/**
 * `fundraisingDuty`: per long campaign, `disclose_fundraising_progress` for each span of
 * `every` that has begun (key `<campaign seq>:<n>`), met by a report within the span; then
 * `disclose_fundraising_completion` once the campaign has ended (key `<campaign seq>`), met by
 * a report after the end. Each rests on the campaign's announcement.
 */
export const fundraisingDutyKind: DutyModule<'fundraisingDuty'> = dutyModule({
  obliges: [PROGRESS, COMPLETION],
  who: 'organization',
  check: noIssues,
  checkInPolicy: noIssues,
  instances(effect, { context }) {
    const { file, at } = context
    const bounds = new Boundaries(at)
    const out: DutyInstance[] = []
    const campaigns = fundraisingCampaigns(file, at, effect.categories, effect.longerThan, bounds)
    for (const { announced, from, to, reports } of campaigns) {
      const campaign = announced.seq
      const every = effect.every
      out.push(
        ...spanDuties({ duty: PROGRESS, campaign, from, until: to, every, reports, at, bounds }),
      )
      if (to >= at) {
        bounds.add(nextDay(to))
        continue
      }
      const done = reports.find((item) => item.on > to)
      const due = addPeriod(to, effect.completionWithin)
      out.push(reportInstance(COMPLETION, String(campaign), due, done, campaign, at, bounds))
    }
    return { instances: out, next: bounds.change }
  },
  label: (duty) =>
    duty === COMPLETION
      ? { zh: '全面公开募捐和项目实施情况', en: 'disclose the full account of the campaign' }
      : { zh: '公开募捐和项目实施进展', en: 'disclose the progress of the campaign' },
  what(decision) {
    const key = decision.instance?.key ?? ''
    const [campaign, n] = key.split(':')
    if (decision.duty === COMPLETION)
      return {
        zh: `全面公开募捐或项目（第${campaign}号记录）的实施情况`,
        en: `disclose the full account of the campaign (entry ${campaign})`,
      }
    return {
      zh: `公开募捐或项目（第${campaign}号记录）第${n}期进展`,
      en: `disclose progress report ${n} of the campaign (entry ${campaign})`,
    }
  },
})
