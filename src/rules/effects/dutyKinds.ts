import { annualReportDutyKind } from './annualReportDuty'
import { auditDutyKind } from './auditDuty'
import { creditEntryDutyKind } from './creditEntryDuty'
import type { DutyModule } from './dutyModule'
import type { DutyKind } from './effectModule'
import { fundraisingDutyKind } from './fundraisingDuty'
import { fundraisingPlanDutyKind } from './fundraisingPlanDuty'
import { objectionAnswerDutyKind } from './objectionAnswerDuty'

/** The module of every kind of recurring duty, with its history; `effectKinds` holds them too. */
export const dutyKinds: { readonly [K in DutyKind]: DutyModule<K> } = {
  annualReportDuty: annualReportDutyKind,
  auditDuty: auditDutyKind,
  fundraisingDuty: fundraisingDutyKind,
  objectionAnswerDuty: objectionAnswerDutyKind,
  creditEntryDuty: creditEntryDutyKind,
  fundraisingPlanDuty: fundraisingPlanDutyKind,
}

/** Whether an effect kind is a recurring duty's. */
export function isDutyKind(kind: string): kind is DutyKind {
  return Object.hasOwn(dutyKinds, kind)
}
