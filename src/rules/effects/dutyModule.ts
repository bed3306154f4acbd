import type { OutsideCalendarIssue } from '../../time'
import { unionSeqs } from '../compile/dates'
import type { ObligationDecision, ObligationInstance } from '../decision'
import type { EffectOf } from '../effect'
import type { LocalText } from '../localText'
import type { DutyKind, EffectInput, EffectModule } from './effectModule'
import { obligationWords } from './obligationWords'

/** One instance of a duty, as a duty module finds it on the date. */
export interface DutyInstance extends ObligationInstance {
  readonly duty: string
  readonly due: string | null
  readonly state: ObligationDecision['state']
  /** The entries it rests on besides the condition's: the registration, a filing, a campaign. */
  readonly inputs: readonly number[]
  readonly issues?: readonly OutsideCalendarIssue[]
}

/** Every instance of a duty on the date, in order, and the earliest later day on which any may change or a new one arise. */
export interface DutyHistory {
  readonly instances: readonly DutyInstance[]
  readonly next: string | null
}

/** Every instance of a duty as obligation decisions, and the earliest later day on which any may change or a new one arise. */
export interface DutyDecisions {
  readonly decisions: readonly ObligationDecision[]
  readonly next: string | null
}

/**
 * An effect module for a recurring duty: besides what every effect module does, its whole
 * history (done instances too), from which `decide` keeps what a sweep needs.
 */
export interface DutyModule<K extends DutyKind> extends EffectModule<K> {
  /** The duties its instances name, by which `render` finds its words. */
  readonly obliges: readonly string[]
  /** Every instance of the duty on the date, done ones included, as obligation decisions. */
  readonly history: (effect: EffectOf<K>, input: EffectInput) => DutyDecisions
}

/** What a duty module is made of: how it checks, finds its instances, labels and words them. */
export interface DutyParts<K extends DutyKind> {
  readonly obliges: readonly string[]
  readonly who: ObligationDecision['who']
  readonly check: EffectModule<K>['check']
  readonly checkInPolicy: EffectModule<K>['checkInPolicy']
  readonly instances: (effect: EffectOf<K>, input: EffectInput) => DutyHistory
  /** The duty in general (`file the annual report`), the decision's `label`. */
  readonly label: (duty: string) => LocalText
  /** One instance in words (`file the 2023 annual report`). */
  readonly what: (decision: ObligationDecision) => LocalText
}

/**
 * A duty module from its parts. `decide` keeps every instance not done and the latest one
 * whatever its state, so this year's report still reads done once filed while the done years
 * before drop out of what a sweep stores; the full history is `history`'s.
 */
export function dutyModule<K extends DutyKind>(parts: DutyParts<K>): DutyModule<K> {
  const history = (effect: EffectOf<K>, input: EffectInput): DutyDecisions => {
    const found = parts.instances(effect, input)
    return {
      decisions: found.instances.map((instance) => decisionOf(instance, parts, input)),
      next: found.next,
    }
  }
  return {
    proposes: [],
    obliges: parts.obliges,
    check: parts.check,
    checkInPolicy: parts.checkInPolicy,
    history,
    decide(effect, input) {
      const all = history(effect, input)
      return { decisions: owed(all.decisions), next: all.next }
    },
    words: (decision) => obligationWords(decision, parts.what(decision)),
  }
}

function decisionOf<K extends DutyKind>(
  instance: DutyInstance,
  parts: DutyParts<K>,
  { base }: EffectInput,
): ObligationDecision {
  const { duty, due, state, inputs, issues, key, year, basedOn, doneOn, doneBy } = instance
  return {
    kind: 'obligation',
    ...base,
    inputs: unionSeqs([base.inputs, [...new Set(inputs)].sort((a, b) => a - b)]),
    duty,
    label: parts.label(duty),
    who: parts.who,
    due,
    opensOn: null,
    state,
    ...(issues === undefined || issues.length === 0 ? {} : { issues }),
    instance: { key, year, basedOn, doneOn, doneBy },
  }
}

/** The instances not done, and the latest (by due day, then order) whatever its state. */
export function owed(instances: readonly ObligationDecision[]): ObligationDecision[] {
  let latest = -1
  instances.forEach((instance, index) => {
    const at = instances[latest]
    if (at === undefined || dueOrder(instance.due, at.due) >= 0) latest = index
  })
  return instances.filter((instance, index) => instance.state !== 'done' || index === latest)
}

// A day the calendar cannot give yet is later than any it can.
function dueOrder(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return a < b ? -1 : 1
}

/** The state of an instance due on `due` (`null`: not yet known), met on `doneOn` or not, on `at`. */
export function stateOf(
  due: string | null,
  doneOn: string | null,
  at: string,
): ObligationDecision['state'] {
  if (doneOn !== null && doneOn <= at) return 'done'
  return due !== null && due < at ? 'overdue' : 'due'
}
