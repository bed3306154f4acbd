import * as z from 'zod'
import { isoDateSchema } from '../../time'
import { builtInEntryType, closedStatuses, type EntryTypeDefinition } from '../builtInEntryType'
import { type Enum, lineSchema, type Opt, provisionSchema, type Strict, textSchema } from './fields'
import { sanctionSchema } from './sanction'

/**
 * The kinds of violation the regulations list: DR-03 and DR-06 (groups and 民非), DR-09
 * (foundations) and DR-11 (charities). Fundraising and tax violations come from other laws.
 */
export const violationGrounds = [
  'certificate_misuse',
  'ultra_vires',
  'refusing_supervision',
  'change_not_filed',
  'branch_misconduct',
  'profit_making',
  'embezzlement',
  'illegal_fees_or_donations',
  'off_mission',
  'false_accounts',
  'spending_shortfall',
  'annual_inspection_failed',
  'disclosure_failure',
  'fundraising_violation',
  'other',
] as const

/** A kind of violation. */
export type ViolationGround = (typeof violationGrounds)[number]

const penaltyImposedData: Strict<{
  sanctions: z.ZodArray<typeof sanctionSchema>
  ground: Enum<ViolationGround>
  violated: typeof provisionSchema
  basis: Opt<typeof provisionSchema>
  facts: z.ZodString
  department: z.ZodString
  decidedOn: typeof isoDateSchema
}> = z
  .strictObject({
    sanctions: z.array(sanctionSchema).min(1).max(6),
    ground: z.enum(violationGrounds),
    /** The provision the organization broke. */
    violated: provisionSchema,
    /** The provision that empowers the sanction, when the decision cites one apart. */
    basis: provisionSchema.optional(),
    facts: textSchema,
    /** The deciding department; AB-05 counts penalties of any department, not only the registrar. */
    department: lineSchema,
    /** The decision date; `effectiveAt` is the day the decision took effect. */
    decidedOn: isoDateSchema,
  })
  .refine(
    (penalty) => new Set(penalty.sanctions.map((s) => s.kind)).size === penalty.sanctions.length,
    { message: 'each kind of sanction appears once', path: ['sanctions'] },
  )

/** An administrative penalty was imposed (行政处罚决定); the decision number is `ref`. */
export const penaltyImposed: EntryTypeDefinition<'PenaltyImposed', typeof penaltyImposedData> =
  builtInEntryType({
    type: 'PenaltyImposed',
    data: penaltyImposedData,
    category: 'penalty',
    title: { en: 'Administrative penalty imposed', zh: '行政处罚' },
  })

/** The sanctions, the violation and the decision. */
export type PenaltyImposedData = z.infer<typeof penaltyImposedData>

/** How a penalty decision can be undone (OB-03). */
export const penaltyRevocationReasons = [
  'reconsideration',
  'court_judgment',
  'self_correction',
  'other',
] as const

/** How a penalty decision was undone. */
export type PenaltyRevocationReason = (typeof penaltyRevocationReasons)[number]

const penaltyRevokedData: Strict<{
  reason: Enum<PenaltyRevocationReason>
  department: z.ZodString
  facts: Opt<z.ZodString>
}> = z.strictObject({
  reason: z.enum(penaltyRevocationReasons),
  /** The body that revoked it: the reconsideration organ, the court, or the deciding department. */
  department: lineSchema,
  facts: textSchema.optional(),
})

/**
 * A penalty decision was revoked (撤销行政处罚决定); `amends` is the PenaltyImposed. Revoking a
 * penalty that revoked the registration reopens the stream.
 */
export const penaltyRevoked: EntryTypeDefinition<'PenaltyRevoked', typeof penaltyRevokedData> =
  builtInEntryType({
    type: 'PenaltyRevoked',
    data: penaltyRevokedData,
    amends: ['PenaltyImposed'],
    allowedWhen: closedStatuses,
    category: 'penalty',
    title: { en: 'Penalty revoked', zh: '撤销行政处罚' },
  })

/** Who revoked the penalty and why. */
export type PenaltyRevokedData = z.infer<typeof penaltyRevokedData>
