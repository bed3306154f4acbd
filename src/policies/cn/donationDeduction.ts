import { effects, entries, type Rule, rule, when, where } from '../../rules'
import { DEDUCTION_NOTICE_FROM, deductionNotice } from './sources'

// A confirmed qualification in its period on the date, not cancelled.
const VALID = entries.donationDeduction({
  standing: true,
  where: where.all(where.lte('validFrom', where.at), where.gte('validTo', where.at)),
  label: {
    zh: '有效期内的公益性捐赠税前扣除资格',
    en: 'donation deduction qualifications within their period',
  },
})

// The latest qualification begun by the date, not cancelled: the one to apply again for, in its
// period or after it ends; its `validTo` is the fact `on`.
const CURRENT = when.field(
  entries.donationDeduction({
    where: where.lte('validFrom', where.at),
    label: { zh: '已开始的最近一次公益性捐赠税前扣除资格', en: 'the latest qualification begun' },
  }),
  where.any(where.missing('lostOn'), where.gt('lostOn', where.at)),
  undefined,
  'validTo',
)

// A renewal on record by the date: a qualification confirmed (its effective day on or before the
// date) whose period begins after the date, so after the current one's; the day it was recorded is
// the fact `first`. Held with none (atLeast 0): it only tells the duty it is met.
const RENEWED = when.count(
  entries.donationDeduction({
    standing: true,
    countsFrom: 'on',
    where: where.gt('validFrom', where.at),
    label: { zh: '已确认的下一期资格', en: 'next qualifications confirmed' },
  }),
  { atLeast: 0 },
)

const HELD = {
  zh: '公益性捐赠税前扣除资格（有效期内）',
  en: 'the donation pre-tax deduction qualification, within its period',
}

/**
 * JR-07, the donation pre-tax deduction qualification (公益性捐赠税前扣除资格): held for the
 * three years the departments confirmed, and to be applied for again before it ends. The grade
 * it needs (3A and above) is EV-14's eligibility to apply.
 */
export function donationDeductionRules(): Rule[] {
  return [
    rule({
      id: 'JR-07',
      title: {
        zh: '公益性捐赠税前扣除资格在全国范围内有效，有效期为三年',
        en: 'The donation deduction qualification holds nationwide for three years',
      },
      source: deductionNotice('第六条', 'Art. 6'),
      effective: { from: DEDUCTION_NOTICE_FROM },
      notes:
        'Granted from the first to the last day of the confirmed period (validFrom to validTo of ' +
        'DonationDeductionQualificationGranted), and ended early by a ' +
        'DonationDeductionQualificationLost. The grade condition (3A and above, Art. 4; with the ' +
        'transitional rules of Notice 2021 No. 3 for the 2020-2023 confirmations) is read when ' +
        'applying, as EV-14; losing the grade within the period ends the qualification only ' +
        'once the departments cancel it.',
      when: when.all(when.active(), when.count(VALID)),
      then: [effects.grant('donation_deduction_qualification', HELD)],
    }),
    rule({
      id: 'JR-07.renewal',
      title: {
        zh: '公益性捐赠税前扣除资格有效期届满前重新申请确认',
        en: 'Apply again for the donation deduction qualification before it ends',
      },
      source: deductionNotice('第六条', 'Art. 6'),
      effective: { from: DEDUCTION_NOTICE_FROM },
      notes:
        'The notice sets the three-year period but names no window for applying again: the ' +
        'pack’s choice is to count it from the end of the current qualification (the latest ' +
        'begun by the date and not cancelled), opening a year before it ends (validTo less a ' +
        'year, plus a day) and due on its validTo, whether the period runs in whole calendar ' +
        'years or starts mid-year. It stays owed, overdue, after the end until a renewal is on ' +
        'record, and is met once a qualification is recorded (its effective day on or before ' +
        'the date) whose period begins after the current one’s, even before that period ' +
        'starts; once it starts, the duty runs from the new validTo. Owed only while the ' +
        'organization is active and holds a valid grade of 3A or above (Art. 4, EV-14): ' +
        'without it there is nothing it could apply for, and the qualification lapses at its ' +
        'end.',
      when: when.all(when.active(), when.grade({ atLeast: '3A', valid: true }), CURRENT, RENEWED),
      then: [
        effects.oblige('renew_donation_deduction', 'organization', {
          opens: { from: 'on', period: { years: 1 }, ending: true },
          due: { from: 'on' },
          done: 'first',
          title: {
            zh: '申请重新确认公益性捐赠税前扣除资格',
            en: 'apply again for the donation deduction qualification',
          },
        }),
      ],
    }),
  ]
}
