import type { ConditionKind } from '../condition'
import { attributeKind } from './attribute'
import type { ConditionModule } from './conditionModule'
import { consecutiveYearsKind } from './consecutiveYears'
import { countKind } from './count'
import { elapsedKind } from './elapsed'
import { fieldKind } from './field'
import { gradeKind } from './grade'
import { listedForKind } from './listedFor'
import { allKind, anyKind, notKind } from './logic'
import { onListKind } from './onList'
import { orgKindKind } from './orgKind'
import { priorYearKind } from './priorYear'
import { rectificationKind } from './rectification'
import { registeredForKind } from './registeredFor'
import { reportDueKind } from './reportDue'
import { reportOverdueKind } from './reportOverdue'
import { spacedKind } from './spaced'
import { statusKind } from './status'

/**
 * The module of every kind of condition. Typed over `ConditionKind`, so a kind without a module,
 * or a module without one of its parts, does not compile.
 */
export const conditionKinds: { readonly [K in ConditionKind]: ConditionModule<K> } = {
  status: statusKind,
  orgKind: orgKindKind,
  attribute: attributeKind,
  onList: onListKind,
  listedFor: listedForKind,
  count: countKind,
  field: fieldKind,
  consecutiveYears: consecutiveYearsKind,
  reportOverdue: reportOverdueKind,
  reportDue: reportDueKind,
  rectification: rectificationKind,
  grade: gradeKind,
  registeredFor: registeredForKind,
  elapsed: elapsedKind,
  spaced: spacedKind,
  all: allKind,
  any: anyKind,
  not: notKind,
  priorYear: priorYearKind,
}
