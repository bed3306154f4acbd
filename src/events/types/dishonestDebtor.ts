import * as z from 'zod'
import { builtInEntryType, closedStatuses, type EntryTypeDefinition } from '../builtInEntryType'
import { type Enum, lineSchema, type Opt, type Strict, textSchema } from './fields'

const dishonestDebtorListedData: Strict<{
  court: z.ZodString
  caseNumber: z.ZodString
  obligation: Opt<z.ZodString>
}> = z.strictObject({
  court: lineSchema,
  /** The enforcement case number (案号), e.g. （2023）沪0115执1234号. */
  caseNumber: z.string().min(1).max(100),
  /** The duty the judgment set and the organization did not perform. */
  obligation: textSchema.optional(),
})

/** A court put the organization on the dishonest judgment debtors list (失信被执行人, SL-06). */
export const dishonestDebtorListed: EntryTypeDefinition<
  'DishonestDebtorListed',
  typeof dishonestDebtorListedData
> = builtInEntryType({
  type: 'DishonestDebtorListed',
  data: dishonestDebtorListedData,
  category: 'other',
  title: { en: 'Listed as a dishonest judgment debtor', zh: '列入失信被执行人名单' },
})

/** The court and the case. */
export type DishonestDebtorListedData = z.infer<typeof dishonestDebtorListedData>

/** Why a court takes an organization off the debtors list. */
export const debtorRemovalReasons = [
  'obligation_performed',
  'court_revoked',
  'period_expired',
  'error_corrected',
  'other',
] as const

/** Why the debtor listing ended. */
export type DebtorRemovalReason = (typeof debtorRemovalReasons)[number]

const dishonestDebtorRemovedData: Strict<{
  reason: Enum<DebtorRemovalReason>
  court: Opt<z.ZodString>
}> = z.strictObject({
  reason: z.enum(debtorRemovalReasons),
  court: lineSchema.optional(),
})

/** The court removed the organization from the debtors list; `amends` is the listing. */
export const dishonestDebtorRemoved: EntryTypeDefinition<
  'DishonestDebtorRemoved',
  typeof dishonestDebtorRemovedData
> = builtInEntryType({
  type: 'DishonestDebtorRemoved',
  data: dishonestDebtorRemovedData,
  amends: ['DishonestDebtorListed'],
  allowedWhen: closedStatuses,
  category: 'other',
  title: { en: 'Removed from the dishonest judgment debtors list', zh: '移出失信被执行人名单' },
})

/** Why the listing ended. */
export type DishonestDebtorRemovedData = z.infer<typeof dishonestDebtorRemovedData>
