import { effects, type Rule, rule, when } from '../../rules'
import { ORDER_60, ORDER_60_FROM } from './sources'

/**
 * B9, joint reward and punishment (联合奖惩) as entitlements: what the serious list bars. JR-05
 * and JR-06 are EV-13 to EV-15; JR-02's "good credit" has no test in the sources and JR-03 is
 * local, so both are left to local layers (docs/local-policy.md).
 */
export function jointMatrixRules(): Rule[] {
  return [
    rule({
      id: 'JR-01',
      title: {
        zh: '列入严重违法失信名单的，不给予资金支持、不购买服务、不授予荣誉',
        en: 'Serious list: no funding, purchase of services or honours',
      },
      source: { ...ORDER_60, article: '第二十二条至第二十四条' },
      effective: { from: ORDER_60_FROM },
      notes:
        'Bars hold from the listing to the day before its removal. A bar outweighs any grant ' +
        '(isEntitled). The memoranda’s further measures are not listed item by item; barring ' +
        'entrusted government functions is local (JR-03) and belongs in a local layer.',
      when: when.onList('serious'),
      then: [
        effects.bar('funding'),
        effects.bar('government_purchase'),
        effects.bar('commendation'),
      ],
    }),
  ]
}
