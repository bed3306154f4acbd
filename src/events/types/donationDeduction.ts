import * as z from 'zod'
import { addPeriod, isIsoDate, isoDateSchema } from '../../time'
import { builtInEntryType, type EntryTypeDefinition } from '../builtInEntryType'
import { type Enum, lineSchema, type Opt, provisionSchema, type Strict, textSchema } from './fields'

/** The departments that confirm the qualification together (财政、税务、民政, 公告2020年第27号). */
export const deductionDepartments = ['finance', 'tax', 'civil_affairs'] as const

/** A department that confirms the donation deduction qualification. */
export type DeductionDepartment = (typeof deductionDepartments)[number]

const departmentsSchema: z.ZodArray<Enum<DeductionDepartment>> = z
  .array(z.enum(deductionDepartments))
  .min(1)
  .max(3)
  .refine((list) => new Set(list).size === list.length, 'name each department once')

const donationDeductionGrantedData: Strict<{
  validFrom: typeof isoDateSchema
  validTo: typeof isoDateSchema
  departments: typeof departmentsSchema
  announcedBy: Opt<z.ZodString>
}> = z
  .strictObject({
    /** The first day of the qualification (资格有效期起). */
    validFrom: isoDateSchema,
    /**
     * The last day: three years in all at most (公告2020年第27号 Art. 6), so on or before the day
     * before `validFrom` plus 3 years by the calendar; a shorter period (a transitional
     * confirmation) is taken.
     */
    validTo: isoDateSchema,
    /** The departments that confirmed it: finance, tax and civil affairs at one level. */
    departments: departmentsSchema,
    /** The joint announcement (公告) that listed the organization, e.g. 财政部 税务总局 民政部公告. */
    announcedBy: lineSchema.optional(),
  })
  .refine((data) => data.validFrom <= data.validTo, {
    message: 'the qualification ends on or after it begins',
    path: ['validTo'],
  })
  // Only calendar days are compared: a malformed day has its own issue from isoDateSchema.
  .refine((data) => !bothDays(data) || data.validTo < addPeriod(data.validFrom, { years: 3 }), {
    message: 'the qualification holds for 3 years at most (公告2020年第27号 Art. 6)',
    path: ['validTo'],
  })

function bothDays(data: { readonly validFrom: string; readonly validTo: string }): boolean {
  return isIsoDate(data.validFrom) && isIsoDate(data.validTo)
}

/**
 * The organization was confirmed as qualified for the pre-tax deduction of donations
 * (公益性捐赠税前扣除资格, JR-07) for `validFrom` to `validTo`, valid for three years
 * (财政部 税务总局 民政部公告2020年第27号 Art. 6; 公告2021年第3号). A period longer than 3 years
 * (`validTo` after the day before `validFrom` plus 3 years) is refused; a shorter one, as a
 * transitional confirmation gives, is taken. A second `DonationDeductionQualificationLost` for a
 * grant a standing loss has ended is refused at append (`deduction_already_lost`). The
 * announcement's number is `ref`.
 */
export const donationDeductionQualificationGranted: EntryTypeDefinition<
  'DonationDeductionQualificationGranted',
  typeof donationDeductionGrantedData
> = builtInEntryType({
  type: 'DonationDeductionQualificationGranted',
  recordsPastFact: true,
  data: donationDeductionGrantedData,
  category: 'basic',
  title: { en: 'Donation deduction qualification granted', zh: '取得公益性捐赠税前扣除资格' },
})

/** The period and the departments of a donation deduction qualification. */
export type DonationDeductionQualificationGrantedData = z.infer<typeof donationDeductionGrantedData>

/**
 * Why a deduction qualification ends early (公告2020年第27号): a penalty or a grade below 3A, a
 * false filing, a tax violation, a listing as dishonest, the organization closing, or another
 * ground.
 */
export const deductionLossReasons = [
  'penalty',
  'grade_below_3a',
  'false_information',
  'tax_violation',
  'listed_dishonest',
  'organization_closed',
  'other',
] as const

/** Why a donation deduction qualification was lost. */
export type DeductionLossReason = (typeof deductionLossReasons)[number]

const donationDeductionLostData: Strict<{
  reason: Enum<DeductionLossReason>
  facts: Opt<z.ZodString>
  departments: typeof departmentsSchema
  basis: Opt<typeof provisionSchema>
}> = z.strictObject({
  reason: z.enum(deductionLossReasons),
  facts: textSchema.optional(),
  departments: departmentsSchema,
  basis: provisionSchema.optional(),
})

/**
 * The donation deduction qualification was cancelled before its end (取消公益性捐赠税前扣除资格,
 * 公告2020年第27号), on the day of `effectiveAt`; `amends` is the grant it ends.
 */
export const donationDeductionQualificationLost: EntryTypeDefinition<
  'DonationDeductionQualificationLost',
  typeof donationDeductionLostData
> = builtInEntryType({
  type: 'DonationDeductionQualificationLost',
  data: donationDeductionLostData,
  amends: ['DonationDeductionQualificationGranted'],
  category: 'basic',
  title: { en: 'Donation deduction qualification lost', zh: '取消公益性捐赠税前扣除资格' },
})

/** Why the donation deduction qualification was lost. */
export type DonationDeductionQualificationLostData = z.infer<typeof donationDeductionLostData>
