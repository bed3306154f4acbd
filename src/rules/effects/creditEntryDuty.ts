import * as z from 'zod'
import { type EntryType, entryTypes } from '../../events'
import type { OutsideCalendarIssue } from '../../time'
import { Boundaries, nextDay } from '../compile/dates'
import type { Enum, Frozen, List, Strict } from '../schemaTypes'
import { dueDay } from './dueRule'
import { type DutyInstance, type DutyModule, dutyModule, stateOf } from './dutyModule'
import { noIssues } from './effectModule'

/** Checks a `creditEntryDuty` effect. */
export const creditEntryDutySchema: Strict<{
  kind: z.ZodLiteral<'creditEntryDuty'>
  workingDays: z.ZodNumber
  types: List<Enum<EntryType>>
}> = z.strictObject({
  kind: z.literal('creditEntryDuty'),
  workingDays: z.number().int().min(1).max(100),
  types: z
    .array(z.enum(Object.keys(entryTypes) as [EntryType, ...EntryType[]]))
    .min(1)
    .readonly(),
})

/** The registrar enters each piece of credit information of some types within working days. */
export type CreditEntryDutyEffect = Frozen<z.output<typeof creditEntryDutySchema>>

/**
 * The registrar enters each piece of credit information of the entry `types` named into the
 * record within `workingDays` working days of the day it was formed (CR-04). Name the types the
 * registrar forms itself, or obtains on their effective day (a filing with it): for a fact
 * another department decided, or one the organization did and reported later, the record does
 * not say when the registrar obtained it.
 */
export function enterCreditInformation(options: {
  readonly workingDays: number
  readonly types: readonly EntryType[]
}): CreditEntryDutyEffect {
  return { kind: 'creditEntryDuty', workingDays: options.workingDays, types: options.types }
}

/**
 * `creditEntryDuty`: one `enter_credit_information` obligation of the registrar per entry of
 * credit information (`CreditFile.recordings`) formed by the date while the rule is in force (key: the entry's
 * seq), due `workingDays`
 * working days after the day it was formed and met on the day it was recorded. Read with
 * everything known, an entry recorded after the date is still owed on the date; an instance
 * met after its due day was entered late (`instance.doneOn` after `due`).
 */
export const creditEntryDutyKind: DutyModule<'creditEntryDuty'> = dutyModule({
  obliges: ['enter_credit_information'],
  who: 'registrar',
  check: noIssues,
  checkInPolicy(_effect, path, policy) {
    if (policy.calendar !== undefined) return []
    return [
      {
        code: 'no_calendar',
        path: [...path, 'workingDays'],
        message:
          'counting working days needs the policy’s calendar (cnHolidays for mainland China)',
      },
    ]
  },
  instances(effect, { context, policy, rule: span }) {
    const { file, at } = context
    const bounds = new Boundaries(at)
    const held = new Set<string>(effect.types)
    const rule = { from: 'formedOn', workingDays: effect.workingDays }
    const out: DutyInstance[] = []
    for (const recording of file.recordings) {
      if (!held.has(recording.type)) continue
      // Information formed before the rule took effect, or after it ended, is not held to it.
      if (recording.formedOn < span.from || (span.to !== null && recording.formedOn > span.to))
        continue
      bounds.add(recording.formedOn)
      if (recording.formedOn > at) continue
      const issues: OutsideCalendarIssue[] = []
      const due = dueDay(rule, () => recording.formedOn, policy.calendar, ['due'], issues)
      bounds.add(recording.recordedOn)
      const doneOn = recording.recordedOn <= at ? recording.recordedOn : null
      if (doneOn === null && due !== null) bounds.add(nextDay(due))
      out.push({
        duty: 'enter_credit_information',
        key: String(recording.seq),
        year: null,
        due,
        state: stateOf(due, doneOn, at),
        basedOn: [recording.seq],
        doneOn,
        doneBy: doneOn === null ? null : recording.seq,
        inputs: [recording.seq],
        ...(issues.length > 0 ? { issues } : {}),
      })
    }
    return { instances: out, next: bounds.change }
  },
  label: () => ({ zh: '录入信用信息', en: 'enter the credit information' }),
  what: (decision) => ({
    zh: `录入信用信息（第${decision.instance?.key}号记录）`,
    en: `enter the credit information (entry ${decision.instance?.key})`,
  }),
})
