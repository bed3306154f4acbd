import { deepFreeze } from '../../_internal/deepFreeze'
import type { PolicySource, PublicationWindow } from '../../rules'

const NDRC_2026: PolicySource = {
  id: 'RP-02',
  instrument: '《信用修复管理办法》（国家发展改革委，2026年4月1日起施行）',
  note: 'General failures are published 3 months to 1 year, serious ones 1 to 3 years, counted from the decision.',
}

const penalties = ['PenaltyImposed', 'PublicFundraisingQualificationRevoked'] as const

/**
 * Choices the national policy leaves open (rules.md B10 and open question 5), as pieces to
 * spread into a policy: the NDRC credit-repair windows and a five-year limit. The 20-day answer
 * to objections (RT-02) is a rule of the pack: `cnPolicyWith({ objectionAnswerWithin })`.
 *
 * @example
 * disclosurePolicy({ ...nationalDisclosurePolicy, id: 'cn-repair',
 *   windows: nationalDisclosureOptions.creditRepairWindows })
 */
export const nationalDisclosureOptions: {
  readonly creditRepairWindows: readonly PublicationWindow[]
  readonly fiveYearLimit: readonly PublicationWindow[]
} = deepFreeze({
  creditRepairWindows: [
    {
      id: 'rp02-general',
      types: [...penalties],
      severity: 'general',
      length: { years: 1 },
      minimum: { months: 3 },
      from: 'decision',
      convention: 'civil_code',
      source: NDRC_2026,
    },
    {
      id: 'rp02-serious',
      types: [...penalties, 'RegistrationRevoked', 'Banned'],
      severity: 'serious',
      length: { years: 3 },
      minimum: { years: 1 },
      from: 'decision',
      convention: 'civil_code',
      source: NDRC_2026,
    },
  ],
  fiveYearLimit: [
    {
      id: 'five-year-decisions',
      types: [...penalties, 'RegistrationRevoked', 'Banned'],
      length: { years: 5 },
      from: 'decision',
      convention: 'civil_code',
      source: {
        id: 'RT-01',
        instrument: '《征信业管理条例》第十六条',
        note: 'By analogy only: RT-04 puts government publication outside the regulation.',
      },
    },
    {
      id: 'five-year-lists',
      types: ['ListedOnAbnormalList', 'ListedOnSeriousList', 'DishonestDebtorListed'],
      length: { years: 5 },
      from: 'removal',
      convention: 'civil_code',
      source: {
        id: 'RT-07',
        instrument: '原国家工商总局严重违法失信企业名单管理办法',
        note: 'Five clean years, after the listing ended; not a rule for social organizations (SL-12).',
      },
    },
  ],
} satisfies {
  creditRepairWindows: PublicationWindow[]
  fiveYearLimit: PublicationWindow[]
})
