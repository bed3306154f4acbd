import * as z from 'zod'
import { builtInEntryType, type EntryTypeDefinition } from '../builtInEntryType'
import { type DeregistrationReason, deregistrationReasons } from './closure'
import { type Enum, lineSchema, type Opt, type Strict, yuanSchema } from './fields'

const liquidationStartedData: Strict<{
  reason: Enum<DeregistrationReason>
  groupFormedUnder: Opt<z.ZodString>
  groupMembers: Opt<z.ZodNumber>
}> = z.strictObject({
  /** Why the organization ends (DR-01 社团条例 Art. 19, DR-04 民非条例 Art. 15, DR-07 基金会条例 Art. 16). */
  reason: z.enum(deregistrationReasons),
  /**
   * The department under whose guidance the liquidation group (清算组织) was formed: the
   * supervising unit, or the registrar for an organization without one.
   */
  groupFormedUnder: lineSchema.optional(),
  /** How many people sit on the liquidation group; who they are goes in the personal data. */
  groupMembers: z.number().int().min(1).max(100).optional(),
})

/**
 * The organization began its liquidation (清算) and formed its liquidation group, on the day of
 * `effectiveAt`: DR-01 (社团条例 Art. 20), DR-04 (民非条例 Art. 15), DR-07 (基金会条例 Art. 18).
 * Until it ends, the organization may carry on no activity but the liquidation's.
 */
export const liquidationStarted: EntryTypeDefinition<
  'LiquidationStarted',
  typeof liquidationStartedData
> = builtInEntryType({
  type: 'LiquidationStarted',
  recordsPastFact: true,
  data: liquidationStartedData,
  allowedWhen: ['revoked'],
  category: 'basic',
  title: { en: 'Liquidation started', zh: '成立清算组织开始清算' },
})

/** Why the organization liquidates, and its liquidation group. */
export type LiquidationStartedData = z.infer<typeof liquidationStartedData>

const liquidationCompletedData: Strict<{
  audited: Opt<z.ZodBoolean>
  auditFirm: Opt<z.ZodString>
  residualAssets: Opt<z.ZodNumber>
  residualAssetsTo: Opt<z.ZodString>
}> = z
  .strictObject({
    /** Whether the liquidation report is audited (清算审计报告). */
    audited: z.boolean().optional(),
    auditFirm: lineSchema.optional(),
    /** What was left after the debts, in yuan. */
    residualAssets: yuanSchema.optional(),
    /** Where the residual assets went (for a foundation, public-benefit use: 基金会条例 Art. 33). */
    residualAssetsTo: lineSchema.optional(),
  })
  .refine((data) => data.auditFirm === undefined || data.audited === true, {
    message: 'an audit firm is named only for an audited liquidation report',
    path: ['auditFirm'],
  })

/**
 * The liquidation ended (清算结束) on the day of `effectiveAt`; `amends` is its
 * LiquidationStarted. The deregistration is to be applied for within 15 days (社团条例 Art. 21,
 * 民非条例 Art. 16, 基金会条例 Art. 18).
 */
export const liquidationCompleted: EntryTypeDefinition<
  'LiquidationCompleted',
  typeof liquidationCompletedData
> = builtInEntryType({
  type: 'LiquidationCompleted',
  recordsPastFact: true,
  data: liquidationCompletedData,
  amends: ['LiquidationStarted'],
  allowedWhen: ['revoked'],
  category: 'basic',
  title: { en: 'Liquidation completed', zh: '清算结束' },
})

/** How the liquidation ended. */
export type LiquidationCompletedData = z.infer<typeof liquidationCompletedData>

const deregistrationAppliedData: Strict<{
  filedWith: z.ZodString
  supervisingUnitConsent: Opt<z.ZodBoolean>
}> = z.strictObject({
  /** The registrar the application went to (登记管理机关). */
  filedWith: lineSchema,
  /** Whether the supervising unit's review document (业务主管单位的审查文件) was attached. */
  supervisingUnitConsent: z.boolean().optional(),
})

/**
 * The organization applied for deregistration (申请注销登记) on the day of `effectiveAt`, with
 * its liquidation report: 社团条例 Art. 21, 民非条例 Art. 16, 基金会条例 Art. 18. It meets the
 * organization's 15-day filing duty; the registrar's decision is a Deregistered.
 */
export const deregistrationApplied: EntryTypeDefinition<
  'DeregistrationApplied',
  typeof deregistrationAppliedData
> = builtInEntryType({
  type: 'DeregistrationApplied',
  recordsPastFact: true,
  data: deregistrationAppliedData,
  allowedWhen: ['revoked'],
  category: 'basic',
  title: { en: 'Deregistration applied for', zh: '申请注销登记' },
})

/** Where the deregistration was applied for. */
export type DeregistrationAppliedData = z.infer<typeof deregistrationAppliedData>
