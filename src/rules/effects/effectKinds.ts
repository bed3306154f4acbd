import type { EffectKind } from '../effect'
import { annualReportDutyKind } from './annualReportDuty'
import { auditDutyKind } from './auditDuty'
import { barKind } from './bar'
import { cancelGradeKind } from './cancelGrade'
import { creditEntryDutyKind } from './creditEntryDuty'
import { downgradeKind } from './downgrade'
import type { EffectModule } from './effectModule'
import { fundraisingDutyKind } from './fundraisingDuty'
import { fundraisingPlanDutyKind } from './fundraisingPlanDuty'
import { grantKind } from './grant'
import { listKind } from './list'
import { objectionAnswerDutyKind } from './objectionAnswerDuty'
import { obligationKind } from './obligation'
import { proposeKind } from './propose'
import { recommendKind } from './recommend'
import { removeKind } from './remove'

/**
 * The module of every kind of effect. Typed over `EffectKind`, so a kind without a module, or
 * a module without one of its parts, does not compile.
 */
export const effectKinds: { readonly [K in EffectKind]: EffectModule<K> } = {
  list: listKind,
  remove: removeKind,
  downgrade: downgradeKind,
  cancelGrade: cancelGradeKind,
  recommend: recommendKind,
  propose: proposeKind,
  grant: grantKind,
  bar: barKind,
  obligation: obligationKind,
  annualReportDuty: annualReportDutyKind,
  auditDuty: auditDutyKind,
  fundraisingDuty: fundraisingDutyKind,
  objectionAnswerDuty: objectionAnswerDutyKind,
  creditEntryDuty: creditEntryDutyKind,
  fundraisingPlanDuty: fundraisingPlanDutyKind,
}
