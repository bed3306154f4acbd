import * as z from 'zod'
import { checkArgument } from '../_internal/arguments'
import { label, whoLabels } from './compile/labels'
import type { Decision, ProposalDecision } from './decision'
import { decisionSchema } from './decisionSchema'
import type { Language, LocalText } from './localText'

const MODE: Readonly<Record<string, LocalText>> = {
  automatic: { zh: '（自动）', en: ' (automatic)' },
  needs_decision: { zh: '（待决定）', en: ' (for decision)' },
}

const STATE: Readonly<Record<string, LocalText>> = {
  due: { zh: '待办', en: 'due' },
  overdue: { zh: '已逾期', en: 'overdue' },
  done: { zh: '已完成', en: 'done' },
}

const ENTRY: Readonly<Record<string, LocalText>> = {
  ListedOnAbnormalList: { zh: '列入活动异常名录', en: 'List on the abnormal-activities list' },
  ListedOnSeriousList: {
    zh: '列入严重违法失信名单',
    en: 'List on the serious illegal and dishonest list',
  },
  RemovedFromAbnormalList: {
    zh: '移出活动异常名录',
    en: 'Remove from the abnormal-activities list',
  },
  RemovedFromSeriousList: {
    zh: '移出严重违法失信名单',
    en: 'Remove from the serious illegal and dishonest list',
  },
  GradeCancelled: { zh: '取消评估等级', en: 'Cancel the evaluation grade' },
  Deregistered: { zh: '建议注销登记', en: 'Recommend deregistration' },
  Banned: { zh: '建议取缔', en: 'Recommend banning the organization' },
  Commended: { zh: '建议予以表彰', en: 'Recommend a commendation' },
  RectificationOrdered: { zh: '责令限期整改', en: 'Order rectification within a deadline' },
}

function proposalText(decision: ProposalDecision): LocalText {
  const { type, data } = decision.entry
  let what = ENTRY[type]
  if (type === 'GradeDowngraded') {
    what = {
      zh: `评估等级由${data.from}降为${data.to}`,
      en: `Downgrade the grade from ${data.from} to ${data.to}`,
    }
  } else if (type === 'RegistrationRevoked') {
    what =
      data.kind === 'certificate_revoked'
        ? { zh: '建议吊销登记证书', en: 'Recommend revoking the registration certificate' }
        : { zh: '建议撤销登记', en: 'Recommend cancelling the registration' }
  }
  const base = what ?? { zh: `记录：${type}`, en: `Record ${type}` }
  const mode = MODE[decision.mode] as LocalText
  return { zh: base.zh + mode.zh, en: base.en + mode.en }
}

/** What a decision does, in a phrase: `List on the serious illegal and dishonest list (automatic)`. */
export function effectText(decision: Decision): LocalText {
  return effectWords(checkArgument(decisionSchema, decision, 'decision'))
}

const languageSchema = z.enum(['zh', 'en'])

function effectWords(decision: Decision): LocalText {
  switch (decision.kind) {
    case 'proposal':
      return proposalText(decision)
    case 'entitlement': {
      const until =
        decision.until === null
          ? { zh: '', en: '' }
          : { zh: `至${decision.until}`, en: ` until ${decision.until}` }
      return decision.effect === 'grant'
        ? {
            zh: `可享受${decision.label.zh}（自${decision.from}起${until.zh}）`,
            en: `Eligible for ${decision.label.en} from ${decision.from}${until.en}`,
          }
        : {
            zh: `不得享受${decision.label.zh}（自${decision.from}起${until.zh}）`,
            en: `Barred from ${decision.label.en} from ${decision.from}${until.en}`,
          }
    }
    case 'obligation': {
      const who = label(whoLabels, decision.who)
      const state = STATE[decision.state] as LocalText
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
        zh: `${who.zh}${by.zh}${opens.zh}${decision.label.zh}（${state.zh}）`,
        en: `${capital} must ${decision.label.en}${by.en}${opens.en} (${state.en})`,
      }
    }
  }
}

/**
 * A decision as one sentence: what it does, why (the explanation's words), and the rule with
 * its citation.
 *
 * @example
 * render(decision, 'en')
 * // 'List on the serious illegal and dishonest list (automatic): listed on the abnormal-activities list
 * //  on 2021-06-01; on the list for a full 2 years on 2023-06-02; rule SL-01, Order 60'
 */
export function render(decision: Decision, language: Language): string {
  checkArgument(decisionSchema, decision, 'decision')
  checkArgument(languageSchema, language, 'language')
  const source = decision.source
  const cite =
    source.cite?.[language] ??
    `${source.instrument}${source.article === undefined ? '' : ` ${source.article}`}`
  const what = effectWords(decision)[language]
  const why = decision.because.text[language]
  return language === 'zh'
    ? `${what}：${why}；规则${decision.rule}，${cite}`
    : `${what}: ${why}; rule ${decision.rule}, ${cite}`
}
