import * as z from 'zod'
import { type CalendarPeriod, calendarPeriodSchema } from '../../time'
import type { Frozen, Strict } from '../schemaTypes'
import { type ConditionModule, noInner, noIssues, noSections } from './conditionModule'
import { compileElapsed, type Elapsed, elapsedWords } from './elapsed'

/** Checks a `registeredFor` condition. */
export const registeredForSchema: Strict<{
  kind: z.ZodLiteral<'registeredFor'>
  period: typeof calendarPeriodSchema
}> = z.strictObject({ kind: z.literal('registeredFor'), period: calendarPeriodSchema })

/** A full period has run since the registration or filing. */
export type RegisteredFor = Frozen<z.output<typeof registeredForSchema>>

/** A full `period` has run since the registration or filing on the date. */
export function registeredFor(period: CalendarPeriod): RegisteredFor {
  return { kind: 'registeredFor', period }
}

// `elapsed` since the founding, at least the period: the same value, dates, facts and words.
function sinceFounded(condition: RegisteredFor): Elapsed {
  return { kind: 'elapsed', since: 'founded', atLeast: condition.period }
}

/** `registeredFor`: a full period has run since the registration or filing (`elapsesOn`). */
export const registeredForKind: ConditionModule<'registeredFor'> = {
  facts: ['date', 'elapsesOn', 'reached'],
  inner: noInner,
  check: noIssues,
  checkInPolicy: noIssues,
  requires: noSections,
  compile: (condition, options) => compileElapsed(sinceFounded(condition), options),
  words: (condition, found) => elapsedWords(sinceFounded(condition), found),
}
