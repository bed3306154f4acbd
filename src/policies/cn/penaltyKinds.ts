import { type Predicate, where } from '../../rules'

/** A fine of this many yuan or more is serious (SL-04, RP-02); a smaller one is minor (AB-05, SL-05). */
export const SERIOUS_FINE_FROM = 50000

/** A penalty that suspends activities, revokes the certificate or the registration, or fines 50,000 yuan or more. */
export const seriousSanction: Predicate = where.any(
  where.sanction('fine', where.gte('amount', SERIOUS_FINE_FROM)),
  where.sanction('suspension'),
  where.sanction('certificate_revoked'),
  where.sanction('registration_revoked'),
)

/**
 * A warning or a fine under 50,000 yuan (AB-05, SL-05), in a decision that imposes nothing
 * heavier: a warning joined with a suspension is a suspension case (SL-03), not a minor one.
 */
export const minorPenalty: Predicate = where.all(
  where.any(
    where.sanction('warning'),
    where.sanction('fine', where.lt('amount', SERIOUS_FINE_FROM)),
  ),
  where.not(seriousSanction),
)

/** Penalties that took effect on or after `day`, so a rule never reaches back before its instrument. */
export function takenEffectSince(day: string): Predicate {
  return where.gte('on', day)
}
