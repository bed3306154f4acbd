import * as z from 'zod'
import { isoDateSchema } from '../../time'
import { builtInEntryType, type EntryTypeDefinition } from '../builtInEntryType'
import { lineSchema, type Opt, periodSchema, type Strict } from './fields'

const planFiledData: Strict<{
  title: z.ZodString
  period: typeof periodSchema
  emergency: z.ZodBoolean
  emergencyPhaseTo: Opt<typeof isoDateSchema>
  filedWith: z.ZodString
}> = z
  .strictObject({
    /** The campaign's name, as the plan states it (公开募捐活动名称). */
    title: lineSchema,
    /** The campaign's first and last day (起止时间). */
    period: periodSchema,
    /** True for a campaign in response to a major emergency (重大突发事件, Order 74 Art. 13). */
    emergency: z.boolean(),
    /**
     * The last day of the emergency-response phase, once known, within the campaign's period;
     * only for an emergency campaign.
     */
    emergencyPhaseTo: z.optional(isoDateSchema),
    /** The civil-affairs department the plan was filed with (备案机关). */
    filedWith: lineSchema,
  })
  .refine((plan) => plan.emergency || plan.emergencyPhaseTo === undefined, {
    message: 'only an emergency campaign has an emergency-response phase',
    path: ['emergencyPhaseTo'],
  })
  .refine(
    (plan) => plan.emergencyPhaseTo === undefined || plan.emergencyPhaseTo >= plan.period.from,
    {
      message: 'the emergency phase cannot end before the campaign starts',
      path: ['emergencyPhaseTo'],
    },
  )
  .refine(
    (plan) => plan.emergencyPhaseTo === undefined || plan.emergencyPhaseTo <= plan.period.to,
    {
      message: 'the emergency phase cannot end after the campaign does',
      path: ['emergencyPhaseTo'],
    },
  )

/**
 * A public-fundraising plan was filed (募捐方案备案) on the day of `effectiveAt`; its filing
 * number (募捐备案编号) is `ref`. Filed 10 days before the campaign starts, published by the
 * authority within 10 days, normally at most 3 years long (CH-03, Order 74 Arts. 10-11); an
 * emergency campaign's within 10 days after it starts, at most a year long, with receipts
 * disclosed every 5 days in the emergency phase (CH-04, Art. 13). A length beyond the usual
 * is recorded as filed and decided by the rules, which are dated where this schema is not.
 */
export const fundraisingPlanFiled: EntryTypeDefinition<
  'FundraisingPlanFiled',
  typeof planFiledData
> = builtInEntryType({
  type: 'FundraisingPlanFiled',
  recordsPastFact: true,
  data: planFiledData,
  category: 'other',
  title: { en: 'Fundraising plan filed', zh: '公开募捐方案备案' },
})

/** The campaign a plan announces and where it was filed. */
export type FundraisingPlanFiledData = z.infer<typeof planFiledData>
