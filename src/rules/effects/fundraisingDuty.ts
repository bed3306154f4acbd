import * as z from 'zod'
import type { DisclosureView } from '../../credit-file'
import { type DisclosureCategory, disclosureCategories } from '../../events'
import { addPeriod, type CalendarPeriod, calendarPeriodSchema } from '../../time'
import { Boundaries, nextDay } from '../compile/dates'
import type { Enum, Frozen, List, Strict } from '../schemaTypes'
import { type DutyInstance, type DutyModule, dutyModule, stateOf } from './dutyModule'
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
      let spanStart = from
      for (let k = 1; ; k++) {
        const due = addPeriod(from, scaled(effect.every, k))
        if (due >= to) break
        if (spanStart >= at) {
          bounds.add(nextDay(spanStart))
          break
        }
        const done = reports.find((item) => item.on > spanStart && item.on <= due)
        out.push(instanceOf(PROGRESS, `${announced.seq}:${k}`, due, done, announced, at, bounds))
        spanStart = due
      }
      if (to >= at) {
        bounds.add(nextDay(to))
        continue
      }
      const done = reports.find((item) => item.on > to)
      const due = addPeriod(to, effect.completionWithin)
      out.push(instanceOf(COMPLETION, String(announced.seq), due, done, announced, at, bounds))
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

/** One report owed on a campaign, met by `done` or not; an unmet one changes the day after its due day. */
function instanceOf(
  duty: string,
  key: string,
  due: string,
  done: DisclosureView | undefined,
  announced: DisclosureView,
  at: string,
  bounds: Boundaries,
): DutyInstance {
  const doneOn = done?.on ?? null
  if (doneOn === null) bounds.add(nextDay(due))
  return {
    duty,
    key,
    year: null,
    due,
    state: stateOf(due, doneOn, at),
    basedOn: [announced.seq],
    doneOn,
    doneBy: done?.seq ?? null,
    inputs: done === undefined ? [announced.seq] : [announced.seq, done.seq],
  }
}

function scaled(period: CalendarPeriod, times: number): CalendarPeriod {
  return {
    ...(period.years === undefined ? {} : { years: period.years * times }),
    ...(period.months === undefined ? {} : { months: period.months * times }),
    ...(period.days === undefined ? {} : { days: period.days * times }),
  }
}
