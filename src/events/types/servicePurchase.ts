import * as z from 'zod'
import { builtInEntryType, type EntryTypeDefinition } from '../builtInEntryType'
import { type Enum, lineSchema, type Opt, periodSchema, type Strict, yuanSchema } from './fields'

/**
 * How a government department bought the service (政府购买服务), after the founding document's
 * modes: public tender (公开招标), long-term purchase (长期购买), temporary service (临时服务).
 */
export const purchaseModes = ['tender', 'long_term_purchase', 'temporary_service'] as const

/** How the service was bought. */
export type PurchaseMode = (typeof purchaseModes)[number]

const contractedData: Strict<{
  buyer: z.ZodString
  project: z.ZodString
  mode: Enum<PurchaseMode>
  amount: typeof yuanSchema
  period: typeof periodSchema
}> = z.strictObject({
  /** The department that buys (购买主体). */
  buyer: lineSchema,
  /** The project or service bought (项目名称). */
  project: lineSchema,
  mode: z.enum(purchaseModes),
  /** The contract amount in yuan: a purchase has a price, so at least 1. */
  amount: yuanSchema.min(1),
  /** The service period (服务期限), both ends included. */
  period: periodSchema,
})

/**
 * A government department contracted the organization for a service (承接政府购买服务), on the
 * day of `effectiveAt`; its contract number is `ref`. Order 60 Art. 7 lists government purchase
 * and entrusted work among other credit information.
 */
export const servicePurchaseContracted: EntryTypeDefinition<
  'ServicePurchaseContracted',
  typeof contractedData
> = builtInEntryType({
  type: 'ServicePurchaseContracted',
  recordsPastFact: true,
  data: contractedData,
  category: 'other',
  title: { en: 'Government service purchase contracted', zh: '承接政府购买服务' },
})

/** Who bought what, how, for how much and for how long. */
export type ServicePurchaseContractedData = z.infer<typeof contractedData>

/** The acceptance result (验收结果) of a completed service purchase. */
export const acceptanceResults = ['accepted', 'not_accepted'] as const

/** Whether the buyer accepted the service. */
export type AcceptanceResult = (typeof acceptanceResults)[number]

const completedData: Strict<{
  result: Enum<AcceptanceResult>
  rating: Opt<z.ZodString>
  evaluatedBy: Opt<z.ZodString>
}> = z.strictObject({
  result: z.enum(acceptanceResults),
  /** The performance evaluation's rating where one was given (绩效评价等次, e.g. 优秀). */
  rating: lineSchema.optional(),
  /** Who evaluated: the buyer or a third party it engaged. */
  evaluatedBy: lineSchema.optional(),
})

/**
 * The service purchase was completed and evaluated (项目验收、绩效评价) on the day of
 * `effectiveAt`, no earlier than the first day of the contract's service period; `amends` is
 * the contract.
 */
export const servicePurchaseCompleted: EntryTypeDefinition<
  'ServicePurchaseCompleted',
  typeof completedData
> = builtInEntryType({
  type: 'ServicePurchaseCompleted',
  recordsPastFact: true,
  data: completedData,
  amends: ['ServicePurchaseContracted'],
  category: 'other',
  title: { en: 'Government service purchase completed', zh: '政府购买服务项目验收' },
})

/** The acceptance result and evaluation. */
export type ServicePurchaseCompletedData = z.infer<typeof completedData>
