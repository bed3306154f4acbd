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
        'The notice sets the three-year period but no window for applying again: the ' +
        'departments confirm qualifications by yearly announcement for whole calendar years. ' +
        'The pack opens the duty in the last year of the period (2 years after validFrom) and ' +
        'makes it due on 31 December of that year, the period’s last day when it runs in whole ' +
        'years as confirmed (2021-01-01 to 2023-12-31). A later qualification on record whose ' +
        'period has begun ends it. Owed only while the organization holds a valid grade of 3A ' +
        'or above (Art. 4, EV-14): without it there is nothing it could apply for, and the ' +
        'qualification lapses at its end.',
      when: when.all(when.active(), when.count(VALID), when.grade({ atLeast: '3A', valid: true })),
      then: [
        effects.oblige('renew_donation_deduction', 'organization', {
          opens: { from: 'last', period: { years: 2 } },
          due: { from: 'last', period: { years: 2 }, endOf: 'year' },
          title: {
            zh: '申请重新确认公益性捐赠税前扣除资格',
            en: 'apply again for the donation deduction qualification',
          },
        }),
      ],
    }),
  ]
}
