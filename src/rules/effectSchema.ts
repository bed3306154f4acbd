import * as z from 'zod'
import {
  abnormalListReasons,
  abnormalRemovalReasons,
  deregistrationReasons,
  gradeActionGrounds,
  grades,
  revocationGrounds,
  seriousListReasons,
  seriousRemovalReasons,
} from '../events'
import { calendarPeriodSchema } from '../time'
import type { Effect } from './effect'
import { localTextSchema } from './localText'

const mode = z.enum(['automatic', 'needs_decision'])
const name = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'expected a snake_case name')
const provision = z.strictObject({
  instrument: z.string().min(1).max(200),
  article: z.string().min(1).max(64).optional(),
})
const authored = {
  by: z.string().min(1).max(200).optional(),
  department: z.string().min(1).max(200).optional(),
}
const dueRule = z
  .strictObject({
    from: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, 'expected since, at or a fact name'),
    period: z.optional(calendarPeriodSchema),
    workingDays: z.number().int().min(1).max(1000).optional(),
    endOf: z.literal('year').optional(),
  })
  .refine((rule) => rule.period === undefined || rule.workingDays === undefined, {
    message: 'give a period or working days, not both',
    path: ['workingDays'],
  })

const listing = z.discriminatedUnion('list', [
  z.strictObject({
    kind: z.literal('list'),
    list: z.literal('abnormal'),
    reason: z.enum(abnormalListReasons),
    mode,
    basis: provision.optional(),
    ...authored,
  }),
  z.strictObject({
    kind: z.literal('list'),
    list: z.literal('serious'),
    reason: z.enum(seriousListReasons),
    mode,
    basis: provision.optional(),
    ...authored,
  }),
])
const removal = z.discriminatedUnion('list', [
  z.strictObject({
    kind: z.literal('remove'),
    list: z.literal('abnormal'),
    reason: z.enum(abnormalRemovalReasons),
    listed: z.array(z.enum(abnormalListReasons)).min(1).optional(),
    mode,
    ...authored,
  }),
  z.strictObject({
    kind: z.literal('remove'),
    list: z.literal('serious'),
    reason: z.enum(seriousRemovalReasons),
    listed: z.array(z.enum(seriousListReasons)).min(1).optional(),
    mode,
    ...authored,
  }),
])
const recommendation = z.discriminatedUnion('action', [
  z.strictObject({
    kind: z.literal('recommend'),
    action: z.literal('revocation'),
    revocation: z.enum(['certificate_revoked', 'registration_cancelled']),
    ground: z.enum(revocationGrounds),
    basis: provision.optional(),
    ...authored,
  }),
  z.strictObject({
    kind: z.literal('recommend'),
    action: z.literal('deregistration'),
    reason: z.enum(deregistrationReasons),
    ...authored,
  }),
  z.strictObject({
    kind: z.literal('recommend'),
    action: z.literal('ban'),
    basis: provision.optional(),
    ...authored,
  }),
])

/** Checks an effect written as JSON; `propose` payloads are checked against their type by `definePolicy`. */
export const effectSchema: z.ZodType<Effect> = z.discriminatedUnion('kind', [
  listing,
  removal,
  z.strictObject({
    kind: z.literal('downgrade'),
    mode,
    ground: z.enum(gradeActionGrounds),
    to: z.enum(grades).optional(),
    coolOff: z.optional(calendarPeriodSchema),
    ...authored,
  }),
  z.strictObject({
    kind: z.literal('cancelGrade'),
    mode,
    ground: z.enum(gradeActionGrounds),
    coolOff: z.optional(calendarPeriodSchema),
    ...authored,
  }),
  recommendation,
  z.strictObject({
    kind: z.literal('propose'),
    mode,
    type: z.string().min(1),
    data: z.record(z.string(), z.unknown()),
    by: authored.by,
  }),
  z.strictObject({ kind: z.literal('grant'), benefit: name, title: localTextSchema.optional() }),
  z.strictObject({ kind: z.literal('bar'), benefit: name, title: localTextSchema.optional() }),
  z.strictObject({
    kind: z.literal('obligation'),
    duty: name,
    who: z.enum(['organization', 'registrar', 'supervising_unit']),
    due: dueRule.optional(),
    opens: dueRule.optional(),
    done: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9]*$/)
      .optional(),
    title: localTextSchema.optional(),
  }),
]) as z.ZodType<Effect>
