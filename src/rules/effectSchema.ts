import * as z from 'zod'
import { annualReportDutySchema } from './effects/annualReportDuty'
import { auditDutySchema } from './effects/auditDuty'
import { barSchema } from './effects/bar'
import { cancelGradeSchema } from './effects/cancelGrade'
import { creditEntryDutySchema } from './effects/creditEntryDuty'
import { downgradeSchema } from './effects/downgrade'
import { fundraisingDutySchema } from './effects/fundraisingDuty'
import { fundraisingPlanDutySchema } from './effects/fundraisingPlanDuty'
import { grantSchema } from './effects/grant'
import { listSchema } from './effects/list'
import { objectionAnswerDutySchema } from './effects/objectionAnswerDuty'
import { obligationSchema } from './effects/obligation'
import { proposeSchema } from './effects/propose'
import { recommendSchema } from './effects/recommend'
import { removeSchema } from './effects/remove'

/**
 * Checks an effect written as JSON: one schema per kind, each in its module under effects/;
 * `propose` payloads are checked against their type by `definePolicy`.
 */
export const effectSchema: z.ZodDiscriminatedUnion<
  [
    typeof listSchema,
    typeof removeSchema,
    typeof downgradeSchema,
    typeof cancelGradeSchema,
    typeof recommendSchema,
    typeof proposeSchema,
    typeof grantSchema,
    typeof barSchema,
    typeof obligationSchema,
    typeof annualReportDutySchema,
    typeof auditDutySchema,
    typeof fundraisingDutySchema,
    typeof objectionAnswerDutySchema,
    typeof creditEntryDutySchema,
    typeof fundraisingPlanDutySchema,
  ],
  'kind'
> = z.discriminatedUnion('kind', [
  listSchema,
  removeSchema,
  downgradeSchema,
  cancelGradeSchema,
  recommendSchema,
  proposeSchema,
  grantSchema,
  barSchema,
  obligationSchema,
  annualReportDutySchema,
  auditDutySchema,
  fundraisingDutySchema,
  objectionAnswerDutySchema,
  creditEntryDutySchema,
  fundraisingPlanDutySchema,
])
