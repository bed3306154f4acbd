import type { Result } from '../errors'
import { entryTypes, parseEntryData, upcastEntry } from './catalogue'
import type { EntryEnvelope } from './envelope'

/**
 * The payload `target` has once an EntryCorrected merges `fields` into it, checked against the
 * target type's current schema. Issue paths point into the correction, at
 * `['data', 'fields', …]`, so a ledger can reject a correction that would break its target.
 *
 * @example
 * correctEntryData(penalty, { facts: '超出章程规定的宗旨和业务范围开展活动' })
 */
export function correctEntryData(
  target: EntryEnvelope,
  fields: Readonly<Record<string, unknown>>,
): Result<unknown> {
  const current = upcastEntry(target)
  const merged = { ...(current.data as Record<string, unknown>), ...fields }
  const parsed = parseEntryData(current.type, entryTypes[current.type].schema, merged)
  if (parsed.success) return parsed
  return {
    success: false,
    issues: parsed.issues.map((issue) => ({
      ...issue,
      path: ['data', 'fields', ...issue.path.slice(1)],
    })),
  }
}
