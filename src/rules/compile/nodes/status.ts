import type { Condition } from '../../condition'
import type { LocalText } from '../../localText'
import { closureAt } from '../closureAt'
import { type Node, outcome } from '../outcome'

type Status = Extract<Condition, { kind: 'status' }>

const STATUS: Readonly<Record<string, LocalText>> = {
  Deregistered: { zh: '注销登记', en: 'deregistered' },
  RegistrationRevoked: { zh: '撤销登记或吊销登记证书', en: 'registration revoked' },
  PenaltyImposed: { zh: '吊销登记证书', en: 'certificate revoked by penalty' },
  Banned: { zh: '被取缔', en: 'banned' },
}

/**
 * `status`: where the stream stands on the date, from the closures effective by then. Cites the
 * closing entry; being active, like the other facts of identity, rests on no particular entry.
 */
export function status(condition: Status): Node {
  const node: Node = {
    kind: 'status',
    evaluate(context) {
      const { closure, bounds } = closureAt(context.file, context.at)
      return outcome(node, {
        value: condition.is.includes(closure?.status ?? 'active'),
        seqs: closure === null ? [] : [closure.seq],
        since: bounds.since ?? context.file.registration.opened?.on ?? null,
        changesOn: bounds.change,
        flipsOn: bounds.change,
        facts: {
          status: closure?.status ?? 'active',
          closedOn: closure?.on ?? null,
          closedBy: closure?.type ?? null,
        },
      })
    },
    text(found) {
      const by = found.facts.closedBy as string | null
      if (by === null) return { zh: '登记状态正常', en: 'the organization is active' }
      const what = STATUS[by] ?? { zh: by, en: by }
      return {
        zh: `${found.facts.closedOn}${what.zh}`,
        en: `${what.en} on ${found.facts.closedOn}`,
      }
    },
  }
  return node
}
