import { deepFreeze } from '../_internal/deepFreeze'
import { fromZodIssues, underPath } from '../_internal/issues'
import { LedgerError } from '../errors'
import { type IndicatorSet, indicatorSetSchema } from './indicatorSet'

// Sets this module checked, so lookups take them without parsing them again.
const checked = new WeakSet<object>()

/**
 * Checks an indicator set and returns it frozen. Throws `INVALID_INPUT` whose issues name the
 * field at fault with a stable code: zod's for the shape, `indicator_sum`, `bands_overlap` and
 * the others of `indicatorSetSchema` for the rest.
 *
 * @example
 * const set = defineIndicatorSet({ id: 'town-comprehensive-2024', local: true, … })
 */
export function defineIndicatorSet(set: IndicatorSet): IndicatorSet {
  return readIndicatorSet(set, [])
}

/** `value` as a checked indicator set; throws `INVALID_INPUT` with issues under `path`. */
export function readIndicatorSet(value: unknown, path: readonly (string | number)[]): IndicatorSet {
  if (typeof value === 'object' && value !== null && checked.has(value)) {
    return value as IndicatorSet
  }
  const parsed = indicatorSetSchema.safeParse(value)
  if (!parsed.success) {
    const issues = underPath(fromZodIssues(parsed.error.issues), path)
    throw new LedgerError('INVALID_INPUT', `invalid indicator set: ${issues[0]?.message}`, issues)
  }
  const set = deepFreeze(parsed.data)
  checked.add(set)
  return set
}
