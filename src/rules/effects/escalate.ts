import type { SeriousListReason } from '../../events'
import type { Effect } from '../effect'
import type { Authored, Mode } from './effectParts'
import { list } from './list'
import { remove } from './remove'

/**
 * Move from the abnormal list to the serious list (AB-12, SL-01): list there, remove here.
 *
 * @example then: effects.escalate({ mode: 'automatic' })
 */
export function escalate(
  options: Authored & { readonly mode: Mode; reason?: SeriousListReason },
): Effect[] {
  const { reason = 'abnormal_two_years', ...rest } = options
  return [list('serious', reason, rest), remove('abnormal', 'escalated', rest)]
}
