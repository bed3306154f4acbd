import type { AttributeCondition } from './conditions/attribute'
import type { ConsecutiveYears } from './conditions/consecutiveYears'
import type { Count } from './conditions/count'
import type { Elapsed } from './conditions/elapsed'
import type { Field } from './conditions/field'
import type { GradeCondition } from './conditions/grade'
import type { ListedFor } from './conditions/listedFor'
import type { All, Any, Not } from './conditions/logic'
import type { OnList } from './conditions/onList'
import type { OrgKindCondition } from './conditions/orgKind'
import type { Rectification } from './conditions/rectification'
import type { RegisteredFor } from './conditions/registeredFor'
import type { ReportDue } from './conditions/reportDue'
import type { ReportOverdue } from './conditions/reportOverdue'
import type { Status } from './conditions/status'

export type { Attribute } from './conditions/attribute'
export type { ReportState } from './conditions/consecutiveYears'
export type { DateRef } from './conditions/elapsed'
export type { ListName } from './conditions/listStays'

/**
 * A test of a credit file on a date, as JSON. Every kind reads the file's views, never raw
 * entries, and reports the entries it relied on; see docs/rules.md for each kind's meaning,
 * boundary rules and explanation, and src/rules/conditions/ for each kind's module. Each kind's
 * type is what its schema outputs; test/rules/conditionSchema.test-d.ts holds the union to
 * `conditionSchema`.
 */
export type Condition =
  | Status
  | OrgKindCondition
  | AttributeCondition
  | OnList
  | ListedFor
  | Count
  | Field
  | ConsecutiveYears
  | ReportOverdue
  | ReportDue
  | Rectification
  | GradeCondition
  | RegisteredFor
  | Elapsed
  | All
  | Any
  | Not

/** The kinds of condition. */
export type ConditionKind = Condition['kind']

/** The condition of one kind. */
export type ConditionOf<K extends ConditionKind> = Extract<Condition, { readonly kind: K }>
