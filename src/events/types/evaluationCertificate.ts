import * as z from 'zod'
import { type Grade, grades } from '../../evaluation'
import { builtInEntryType, closedStatuses, type EntryTypeDefinition } from '../builtInEntryType'
import { type Enum, type Opt, type Strict, textSchema } from './fields'

const evaluationCertificateIssuedData: Strict<{
  grade: Enum<Grade>
  number: z.ZodString
  plaque: z.ZodBoolean
}> = z.strictObject({
  /** The grade on the certificate: the grade in force, 3A or above. */
  grade: z.enum(grades),
  /** The certificate's number (证书编号). */
  number: z.string().min(1).max(64),
  /** Whether a plaque (牌匾) was issued with it. */
  plaque: z.boolean(),
})

/**
 * The grade certificate (and plaque) was issued for the grade in force: Order 39 Art. 16, for
 * 3A and above only (EV-06). One certificate per evaluation.
 */
export const evaluationCertificateIssued: EntryTypeDefinition<
  'EvaluationCertificateIssued',
  typeof evaluationCertificateIssuedData
> = builtInEntryType({
  type: 'EvaluationCertificateIssued',
  recordsPastFact: true,
  data: evaluationCertificateIssuedData,
  category: 'other',
  title: { en: 'Grade certificate issued', zh: '颁发评估等级证书和牌匾' },
})

/** The certificate's grade and number, and whether a plaque came with it. */
export type EvaluationCertificateIssuedData = z.infer<typeof evaluationCertificateIssuedData>

const evaluationCertificateReturnedData: Strict<{
  plaque: z.ZodBoolean
  description: Opt<z.ZodString>
}> = z.strictObject({
  /** Whether the plaque came back with the certificate. */
  plaque: z.boolean(),
  description: textSchema.optional(),
})

/**
 * The certificate out was returned (交回证书和牌匾), after a downgrade or cancellation (Order 39
 * Arts. 32-33, EV-19) or otherwise; possible after the organization has closed too.
 */
export const evaluationCertificateReturned: EntryTypeDefinition<
  'EvaluationCertificateReturned',
  typeof evaluationCertificateReturnedData
> = builtInEntryType({
  type: 'EvaluationCertificateReturned',
  recordsPastFact: true,
  data: evaluationCertificateReturnedData,
  allowedWhen: closedStatuses,
  category: 'other',
  title: { en: 'Grade certificate returned', zh: '交回评估等级证书和牌匾' },
})

/** Whether the plaque came back too. */
export type EvaluationCertificateReturnedData = z.infer<typeof evaluationCertificateReturnedData>
