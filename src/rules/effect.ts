import type {
  AbnormalListReason,
  AbnormalRemovalReason,
  DeregistrationReason,
  EntryType,
  Grade,
  GradeActionGround,
  Provision,
  RevocationGround,
  SeriousListReason,
  SeriousRemovalReason,
} from '../events'
import type { CalendarPeriod } from '../time'
import type { LocalText } from './localText'

/** Whether a proposed entry is appended by `apply` as it is, or waits for an authority. */
export type Mode = 'automatic' | 'needs_decision'

/** Who writes a proposed entry: `by` (default `rule:<id>`) and the department named in its data (default the registrar). */
export interface Authored {
  readonly by?: string
  readonly department?: string
}

/**
 * When an obligation falls due or opens: a date the condition reported (`since`, a named fact
 * such as `due` or `deadline`, or `at`), moved by a calendar period (a deadline by the Civil
 * Code, moved off a day off when the policy has a calendar) or by working days, then, with
 * `endOf: 'year'`, to 31 December of that day's year ("by the end of the year": a day the rule
 * fixes, not a period's last day, so it does not move off a day off).
 */
export interface DueRule {
  readonly from: string
  readonly period?: CalendarPeriod
  readonly workingDays?: number
  readonly endOf?: 'year'
}

/** Who must act on an obligation. */
export type Duty = 'organization' | 'registrar' | 'supervising_unit'

/**
 * What a rule does when its condition holds: propose an entry (list, remove, downgrade, cancel
 * a grade, recommend revocation, deregistration or a ban, or any entry type), grant or bar a
 * benefit, or set an obligation with a due date.
 */
export type Effect =
  | ({ readonly kind: 'list'; readonly mode: Mode; readonly basis?: Provision } & Authored &
      (
        | { readonly list: 'abnormal'; readonly reason: AbnormalListReason }
        | { readonly list: 'serious'; readonly reason: SeriousListReason }
      ))
  | ({ readonly kind: 'remove'; readonly mode: Mode } & Authored &
      (
        | {
            readonly list: 'abnormal'
            readonly reason: AbnormalRemovalReason
            readonly listed?: readonly AbnormalListReason[]
          }
        | {
            readonly list: 'serious'
            readonly reason: SeriousRemovalReason
            readonly listed?: readonly SeriousListReason[]
          }
      ))
  | ({
      readonly kind: 'downgrade'
      readonly mode: Mode
      readonly ground: GradeActionGround
      readonly to?: Grade
      readonly coolOff?: CalendarPeriod
    } & Authored)
  | ({
      readonly kind: 'cancelGrade'
      readonly mode: Mode
      readonly ground: GradeActionGround
      readonly coolOff?: CalendarPeriod
    } & Authored)
  | ({ readonly kind: 'recommend' } & Authored &
      (
        | {
            readonly action: 'revocation'
            readonly revocation: 'certificate_revoked' | 'registration_cancelled'
            readonly ground: RevocationGround
            readonly basis?: Provision
          }
        | { readonly action: 'deregistration'; readonly reason: DeregistrationReason }
        | { readonly action: 'ban'; readonly basis?: Provision }
      ))
  | {
      readonly kind: 'propose'
      readonly mode: Mode
      readonly type: EntryType
      readonly data: Readonly<Record<string, unknown>>
      readonly by?: string
    }
  | { readonly kind: 'grant'; readonly benefit: string; readonly title?: LocalText }
  | { readonly kind: 'bar'; readonly benefit: string; readonly title?: LocalText }
  | {
      readonly kind: 'obligation'
      readonly duty: string
      readonly who: Duty
      readonly due?: DueRule
      readonly opens?: DueRule
      readonly done?: string
      readonly title?: LocalText
    }

/** The kinds of effect. */
export type EffectKind = Effect['kind']
