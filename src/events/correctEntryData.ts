import type { Result } from '../errors'
import { builtInCatalogue, type EntryCatalogue } from './entryCatalogue'
import type { EntryEnvelope } from './envelope'

/**
 * The payload `target` has once an EntryCorrected merges `fields` into it, checked against the
 * target type's current schema. Issue paths point into the correction, at
 * `['data', 'fields', …]`, so a ledger can reject a correction that would break its target.
 * A host entry is read through `catalogue`, the ledger's `entryTypes`.
 *
 * @example
 * correctEntryData(penalty, { facts: '超出章程规定的宗旨和业务范围开展活动' })
 */
export function correctEntryData(
  target: EntryEnvelope,
  fields: Readonly<Record<string, unknown>>,
  catalogue: EntryCatalogue = builtInCatalogue,
): Result<unknown> {
  const current = catalogue.upcast(target)
  const definition = catalogue.definition(current.type)
  const merged = { ...(current.data as Record<string, unknown>), ...fields }
  const parsed = catalogue.parse(current.type, definition?.schema ?? current.schema, merged)
  if (parsed.success) return parsed
  const shape = (definition?.data as { shape?: object } | undefined)?.shape ?? {}
  // A stray key at the top is reported at the key itself, so a misspelt field is named.
  const stray = Object.keys(fields).filter((key) => !Object.hasOwn(shape, key))
  return {
    success: false,
    issues: parsed.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys' && issue.path.length === 1 && stray.length > 0
        ? stray.map((key) => ({
            code: issue.code,
            path: ['data', 'fields', key],
            message: `${current.type} has no field '${key}'`,
          }))
        : [{ ...issue, path: ['data', 'fields', ...issue.path.slice(1)] }],
    ),
  }
}
