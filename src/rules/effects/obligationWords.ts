import type { ObligationDecision } from '../decision'
import type { LocalText } from '../localText'

// The sentence every obligation is said in, whichever kind of effect set it: who must do what,
// by when and from when, and where it stands.

const WHO: { readonly [W in ObligationDecision['who']]: LocalText } = {
  organization: { zh: '社会组织', en: 'the organization' },
  registrar: { zh: '登记管理机关', en: 'the registrar' },
  supervising_unit: { zh: '业务主管单位', en: 'the supervising unit' },
}

const STATE: { readonly [S in ObligationDecision['state'] | 'done_late']: LocalText } = {
  due: { zh: '待办', en: 'due' },
  overdue: { zh: '已逾期', en: 'overdue' },
  done: { zh: '已完成', en: 'done' },
  done_late: { zh: '逾期完成', en: 'done late' },
}

/**
 * `The organization must <what> by <due> (<state>)`, in both languages. A duty met after its
 * due day reads `done late`; a day the holiday calendar cannot give is said to be not yet known.
 */
export function obligationWords(decision: ObligationDecision, what: LocalText): LocalText {
  const who = WHO[decision.who]
  const doneOn = decision.instance?.doneOn ?? null
  const late =
    decision.state === 'done' && doneOn !== null && decision.due !== null && doneOn > decision.due
  const state = STATE[late ? 'done_late' : decision.state]
  const unknown = (key: 'due' | 'opensOn') =>
    decision.issues?.find((issue) => issue.path[0] === key)?.year
  const dueYear = unknown('due')
  const opensYear = unknown('opensOn')
  const by =
    dueYear !== undefined
      ? {
          zh: `（期限待定：节假日安排未含${dueYear}年）`,
          en: ` by a day not yet known (the holiday calendar has no schedule for ${dueYear})`,
        }
      : decision.due === null
        ? { zh: '', en: '' }
        : { zh: `应于${decision.due}前`, en: ` by ${decision.due}` }
  const opens =
    opensYear !== undefined
      ? {
          zh: `（起始日待定：节假日安排未含${opensYear}年）`,
          en: ` from a day not yet known (the holiday calendar has no schedule for ${opensYear})`,
        }
      : decision.opensOn === null
        ? { zh: '', en: '' }
        : { zh: `自${decision.opensOn}起可`, en: ` from ${decision.opensOn}` }
  const capital = who.en.charAt(0).toUpperCase() + who.en.slice(1)
  return {
    zh: `${who.zh}${by.zh}${opens.zh}${what.zh}（${state.zh}）`,
    en: `${capital} must ${what.en}${by.en}${opens.en} (${state.en})`,
  }
}
