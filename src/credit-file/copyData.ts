/**
 * A deep copy of plain data taken from an entry, so that freezing a credit file never freezes
 * the caller's entries and later entries cannot change a file through shared objects.
 */
export function copyData<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map(copyData) as T
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(value))
    copy[key] = copyData((value as Record<string, unknown>)[key])
  return copy as T
}
