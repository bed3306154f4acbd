import type {
  AbnormalListReason,
  AbnormalRemovalReason,
  DeregistrationReason,
  EntryData,
  EntryType,
  Grade,
  GradeActionGround,
  Provision,
  RevocationGround,
  SeriousListReason,
  SeriousRemovalReason,
} from '../events'
import type { CalendarPeriod } from '../time'
import type { Authored, DueRule, Duty, Effect, Mode } from './effect'
import type { LocalText } from './localText'

type Of<K extends Effect['kind']> = Extract<Effect, { kind: K }>
type Options = Authored & { readonly mode: Mode }

function list(
  list: 'abnormal',
  reason: AbnormalListReason,
  options: Options & { basis?: Provision },
): Of<'list'>
function list(
  list: 'serious',
  reason: SeriousListReason,
  options: Options & { basis?: Provision },
): Of<'list'>
function list(
  list: 'abnormal' | 'serious',
  reason: string,
  options: Options & { basis?: Provision },
): Of<'list'> {
  return { kind: 'list', list, reason, ...options } as Of<'list'>
}

function remove(
  list: 'abnormal',
  reason: AbnormalRemovalReason,
  options: Options & { listed?: readonly AbnormalListReason[] },
): Of<'remove'>
function remove(
  list: 'serious',
  reason: SeriousRemovalReason,
  options: Options & { listed?: readonly SeriousListReason[] },
): Of<'remove'>
function remove(
  list: 'abnormal' | 'serious',
  reason: string,
  options: Options & { listed?: readonly string[] },
): Of<'remove'> {
  return { kind: 'remove', list, reason, ...options } as Of<'remove'>
}

function escalate(options: Options & { reason?: SeriousListReason }): Effect[] {
  const { reason = 'abnormal_two_years', ...rest } = options
  return [list('serious', reason, rest), remove('abnormal', 'escalated', rest)]
}

function downgrade(
  ground: GradeActionGround,
  options: Options & { to?: Grade; coolOff?: CalendarPeriod },
): Of<'downgrade'> {
  return { kind: 'downgrade', ground, ...options }
}

function cancelGrade(
  ground: GradeActionGround,
  options: Options & { coolOff?: CalendarPeriod },
): Of<'cancelGrade'> {
  return { kind: 'cancelGrade', ground, ...options }
}

function recommendRevocation(
  revocation: 'certificate_revoked' | 'registration_cancelled',
  ground: RevocationGround,
  options: Authored & { basis?: Provision } = {},
): Of<'recommend'> {
  return { kind: 'recommend', action: 'revocation', revocation, ground, ...options }
}

function recommendDeregistration(
  reason: DeregistrationReason,
  options: Authored = {},
): Of<'recommend'> {
  return { kind: 'recommend', action: 'deregistration', reason, ...options }
}

function recommendBan(options: Authored & { basis?: Provision } = {}): Of<'recommend'> {
  return { kind: 'recommend', action: 'ban', ...options }
}

function propose<T extends EntryType>(
  type: T,
  data: EntryData<T>,
  options: { mode: Mode; by?: string },
): Of<'propose'> {
  return { kind: 'propose', type, data: data as Readonly<Record<string, unknown>>, ...options }
}

function grant(benefit: string, title?: LocalText): Of<'grant'> {
  return title === undefined ? { kind: 'grant', benefit } : { kind: 'grant', benefit, title }
}

function bar(benefit: string, title?: LocalText): Of<'bar'> {
  return title === undefined ? { kind: 'bar', benefit } : { kind: 'bar', benefit, title }
}

function oblige(
  duty: string,
  who: Duty,
  options: { due?: DueRule; opens?: DueRule; done?: string; title?: LocalText } = {},
): Of<'obligation'> {
  return { kind: 'obligation', duty, who, ...options }
}

/**
 * Builders of effects. Every proposal says its `mode`: `automatic` entries are appended by
 * `apply`; `needs_decision` ones wait for an authority. Recommendations always wait.
 *
 * @example
 * then: [...effects.escalate({ mode: 'automatic' }), effects.bar('funding')]
 */
export const effects: {
  /** Put the organization on a list, citing the entries behind the decision in `basedOn`. */
  readonly list: typeof list
  /** End every open stay on the list (of the `listed` reasons), one proposal per stay. */
  readonly remove: typeof remove
  /** Move from the abnormal list to the serious list (AB-12, SL-01): list there, remove here. */
  readonly escalate: typeof escalate
  /** Lower the grade to `to`, or one step, with an optional cool-off (EV-17, EV-18). */
  readonly downgrade: typeof downgrade
  readonly cancelGrade: typeof cancelGrade
  readonly recommendRevocation: typeof recommendRevocation
  readonly recommendDeregistration: typeof recommendDeregistration
  readonly recommendBan: typeof recommendBan
  /** Propose a fixed entry of any type that amends nothing; its payload is checked when the policy is built. */
  readonly propose: typeof propose
  readonly grant: typeof grant
  readonly bar: typeof bar
  /** Set an obligation; `due` and `opens` count from `since` or a fact the condition reports. */
  readonly oblige: typeof oblige
} = {
  list,
  remove,
  escalate,
  downgrade,
  cancelGrade,
  recommendRevocation,
  recommendDeregistration,
  recommendBan,
  propose,
  grant,
  bar,
  oblige,
}
