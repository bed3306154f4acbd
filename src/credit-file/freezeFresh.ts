/**
 * Freezes a tree of plain objects and arrays that a fold has just built. Every node is new, so
 * there is nothing to check but the type of each child; this is the one freeze a fold does.
 */
export function freezeFresh<T extends object>(value: T): T {
  Object.freeze(value)
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      if (typeof item === 'object' && item !== null) freezeFresh(item)
    }
    return value
  }
  const record = value as Record<string, unknown>
  for (const key in record) {
    const item = record[key]
    if (typeof item === 'object' && item !== null) freezeFresh(item)
  }
  return value
}
