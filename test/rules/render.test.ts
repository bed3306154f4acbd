import { describe, expect, it } from 'vitest'
import { render } from '../../src/rules/render'
import { at, history } from '../credit-file/history'
import { decisionsAt } from './decisionsAt'

const registered = at('2019-03-01', 'OrganizationRegistered')

describe('render', () => {
  const listed = history(registered, at('2021-06-01', 'ListedOnAbnormalList'))
  const [listing, removal] = decisionsAt(listed, '2023-06-02', 'SL-01')

  it('says what a proposal does, why, and which rule of which instrument, in English', () => {
    expect(listing && render(listing, 'en')).toBe(
      'List on the serious illegal and dishonest list (automatic): listed on the abnormal-activities list on 2021-06-01; on the list for a full 2 years on 2023-06-02; rule SL-01, Order 60',
    )
    expect(removal && render(removal, 'en')).toBe(
      'Remove from the abnormal-activities list (automatic): listed on the abnormal-activities list on 2021-06-01; on the list for a full 2 years on 2023-06-02; rule SL-01, Order 60',
    )
  })

  it('says the same in Chinese', () => {
    expect(listing && render(listing, 'zh')).toBe(
      '列入严重违法失信名单（自动）：2021-06-01列入活动异常名录；至2023-06-02已满2年；规则SL-01，《社会组织信用信息管理办法》',
    )
  })

  it('keeps the tree behind the sentence: each node with its value and entries', () => {
    expect(listing?.because).toEqual({
      node: 'listedFor',
      value: true,
      seqs: [1],
      text: {
        zh: '2021-06-01列入活动异常名录；至2023-06-02已满2年',
        en: 'listed on the abnormal-activities list on 2021-06-01; on the list for a full 2 years on 2023-06-02',
      },
    })
  })

  it('renders entitlements with their span and obligations with their state', () => {
    const graded = history(registered, at('2026-05-20', 'EvaluationGraded'))
    const [purchase] = decisionsAt(graded, '2027-01-01', 'EV-13')
    expect(purchase && render(purchase, 'en')).toBe(
      'Eligible for government purchase of services from 2027-01-01 until 2031-12-31: graded 4A, valid from 2027-01-01 to 2031-12-31; not on the serious illegal and dishonest list; rule EV-13, Order 39, Art. 28',
    )
    const [report] = decisionsAt(history(registered), '2024-06-01', 'AI-01')
    expect(report && render(report, 'zh')).toBe(
      '社会组织应于2024-05-31前报送年度工作报告（已逾期）：登记状态正常；2023年度工作报告应于2024-05-31前报送，逾期未报送；规则AI-01，《社会团体登记管理条例》 第二十八条',
    )
  })

  it('counts penalties in words, with their days', () => {
    const penalties = history(
      registered,
      at('2022-01-10', 'PenaltyImposed', { data: { sanctions: [{ kind: 'warning' }] } }),
      at('2023-02-10', 'PenaltyImposed', {
        data: { sanctions: [{ kind: 'fine', amount: 20000 }] },
      }),
    )
    const [decision] = decisionsAt(penalties, '2023-02-10', 'SL-05')
    expect(decision && render(decision, 'en')).toBe(
      'List on the serious illegal and dishonest list (for decision): warnings or fines under 50,000 yuan within 3 years: 2 (2022-01-10, 2023-02-10); of them not yet acted on within 3 years: 2 (2022-01-10, 2023-02-10); rule SL-05, Order 60',
    )
  })
})
