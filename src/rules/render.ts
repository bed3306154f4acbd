import { checkArgument } from '../_internal/arguments'
import { type Language, languageOf } from '../language'
import type { Decision, ProposalDecision } from './decision'
import { decisionSchema } from './decisionSchema'
import type { EffectKind } from './effect'
import { dutyKinds } from './effects/dutyKinds'
import { effectKinds } from './effects/effectKinds'
import type { DecisionOf } from './effects/effectModule'
import { type LocalText, textIn } from './localText'

const MODE: { readonly [M in ProposalDecision['mode']]: LocalText } = {
  automatic: { zh: '（自动）', en: ' (automatic)' },
  needs_decision: { zh: '（待决定）', en: ' (for decision)' },
}

// The kind of effect that proposes each entry type; `propose` says any other.
const PROPOSED_BY = new Map<string, EffectKind>()
for (const kind of Object.keys(effectKinds) as EffectKind[]) {
  for (const type of effectKinds[kind].proposes) PROPOSED_BY.set(type, kind)
}

// The kind of duty whose instances name each duty; a plain `obligation` says any other.
const OBLIGED_BY = new Map<string, EffectKind>()
for (const kind of Object.keys(dutyKinds) as (keyof typeof dutyKinds)[]) {
  for (const duty of dutyKinds[kind].obliges) OBLIGED_BY.set(duty, kind)
}

function effectOf(decision: Decision): EffectKind {
  switch (decision.kind) {
    case 'proposal':
      return PROPOSED_BY.get(decision.entry.type) ?? 'propose'
    case 'entitlement':
      return decision.effect
    case 'obligation':
      return decision.instance === undefined
        ? 'obligation'
        : (OBLIGED_BY.get(decision.duty) ?? 'obligation')
  }
}

// `kind` beside `decision` lets the module of that kind take the decision as its own.
function wordsOf<K extends EffectKind>(kind: K, decision: DecisionOf<K>): LocalText {
  return effectKinds[kind].words(decision)
}

function effectWords(decision: Decision): LocalText {
  const what = wordsOf(effectOf(decision), decision)
  if (decision.kind !== 'proposal') return what
  const mode = MODE[decision.mode]
  return { zh: what.zh + mode.zh, en: what.en + mode.en }
}

/** What a decision does, in a phrase: `List on the serious illegal and dishonest list (automatic)`. */
export function effectText(decision: Decision): LocalText {
  return effectWords(checkArgument(decisionSchema, decision, 'decision'))
}

/**
 * A decision as one sentence in `language` (`zh` is read as `zh-CN`): what it does, why (the
 * explanation's words), and the rule with its citation.
 *
 * @example
 * render(decision, 'en')
 * // 'List on the serious illegal and dishonest list (automatic): listed on the abnormal-activities list
 * //  on 2021-06-01; on the list for a full 2 years on 2023-06-02; rule SL-01, Order 60'
 */
export function render(decision: Decision, language: Language | 'zh'): string {
  checkArgument(decisionSchema, decision, 'decision')
  const lang = languageOf(language, ['language'])
  const source = decision.source
  const cite =
    source.cite === undefined
      ? `${source.instrument}${source.article === undefined ? '' : ` ${source.article}`}`
      : textIn(source.cite, lang)
  const what = textIn(effectWords(decision), lang)
  const why = textIn(decision.because.text, lang)
  return lang === 'zh-CN'
    ? `${what}：${why}；规则${decision.rule}，${cite}`
    : `${what}: ${why}; rule ${decision.rule}, ${cite}`
}
