import { effects } from '../../rules'

/**
 * CH-05's duty, the same under the Charity Law of 2016 (Art. 73) and under Order 74 (Art. 21)
 * with the law of 2023 (Art. 79): a campaign or project of more than 6 months discloses its
 * progress at least every 3 months and its full account within 3 months of its end.
 */
export const FUNDRAISING_REPORTS: ReturnType<typeof effects.reportFundraising> =
  effects.reportFundraising({
    categories: ['public_fundraising', 'project'],
    longerThan: { months: 6 },
    every: { months: 3 },
    completionWithin: { months: 3 },
  })

/** Why CH-05 reads campaigns as it does, for both versions. */
export const FUNDRAISING_REPORTS_NOTE: string =
  'A campaign or project is the first public-fundraising or project disclosure with a given ' +
  'period longer than 6 months (6 months to the day is not longer). Progress is owed for each ' +
  'span of 3 months from its start that ends before its end, met by a later disclosure of the ' +
  'category within the span (on its last day, in time); the full account within 3 months of the ' +
  'end, met by a disclosure after the end. The duty follows the disclosures: the law puts it on ' +
  'charities holding the public-fundraising qualification, the only ones that announce public ' +
  'fundraising. Periods by the Civil Code’s corresponding day, not moved off days off.'
