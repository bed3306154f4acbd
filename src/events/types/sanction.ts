import * as z from 'zod'
import { isoDateSchema } from '../../time'
import { lineSchema, type Opt, type Strict, yuanSchema } from './fields'

const suspensionSchema: Strict<{
  kind: z.ZodLiteral<'suspension'>
  months: Opt<z.ZodNumber>
  from: Opt<typeof isoDateSchema>
  to: Opt<typeof isoDateSchema>
}> = z
  .strictObject({
    kind: z.literal('suspension'),
    months: z.number().int().min(1).max(60).optional(),
    from: z.optional(isoDateSchema),
    to: z.optional(isoDateSchema),
  })
  .superRefine((term, context) => {
    if (term.months === undefined && (term.from === undefined || term.to === undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['months'],
        message: 'a suspension states its term in months, or its first and last day',
      })
    }
    if (term.from !== undefined && term.to !== undefined && term.to < term.from) {
      context.addIssue({ code: 'custom', path: ['to'], message: 'the term ends before it starts' })
    }
  })

/**
 * One sanction of a penalty decision (行政处罚): warning, fine, confiscation of illegal gains,
 * suspension of activities for a term (限期停止活动), revocation of the certificate (吊销) or of
 * the registration (撤销登记). Amounts are whole yuan.
 */
export const sanctionSchema: z.ZodDiscriminatedUnion<
  [
    Strict<{ kind: z.ZodLiteral<'warning'> }>,
    Strict<{ kind: z.ZodLiteral<'fine'>; amount: z.ZodNumber }>,
    Strict<{ kind: z.ZodLiteral<'confiscation'>; amount: z.ZodNumber; what: Opt<z.ZodString> }>,
    typeof suspensionSchema,
    Strict<{ kind: z.ZodLiteral<'certificate_revoked'> }>,
    Strict<{ kind: z.ZodLiteral<'registration_revoked'> }>,
  ],
  'kind'
> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('warning') }),
  z.strictObject({ kind: z.literal('fine'), amount: yuanSchema.min(1) }),
  z.strictObject({
    kind: z.literal('confiscation'),
    amount: yuanSchema,
    what: lineSchema.optional(),
  }),
  suspensionSchema,
  z.strictObject({ kind: z.literal('certificate_revoked') }),
  z.strictObject({ kind: z.literal('registration_revoked') }),
])

/** One sanction of a penalty decision. */
export type Sanction = z.infer<typeof sanctionSchema>

/** The kinds of sanction. */
export type SanctionKind = Sanction['kind']
