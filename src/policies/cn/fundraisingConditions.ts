import { type Condition, when } from '../../rules'

/**
 * Meets the conditions for the public-fundraising qualification, as a holder or as an applicant:
 * a holder must keep meeting those it can lose (`kept`); an applicant must also meet those of
 * an application (`toApply`: time registered, not listed). The explanation of a decision begins
 * with which of the two the charity is, so a registry can tell a holder still in good standing
 * from a charity that may apply.
 */
export function meetsFundraisingConditions(
  kept: Condition,
  toApply: readonly Condition[],
): Condition {
  return when.any(
    when.all(when.attribute('public_fundraising'), kept),
    when.all(when.not(when.attribute('public_fundraising')), ...toApply, kept),
  )
}
