/**
 * RFC 8785 canonical JSON for the values entries hold (plain objects, arrays, strings, finite
 * numbers, booleans, null), written for speed: keys are sorted only when they are not in order
 * already, and nothing else is checked. The limit the library's canonical JSON is held against.
 */
export function canonical(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value)
    case 'number':
    case 'boolean':
      return String(value)
    default:
      if (value === null) return 'null'
      if (Array.isArray(value)) {
        let out = '['
        for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + canonical(value[i])
        return `${out}]`
      }
      return object(value as Record<string, unknown>)
  }
}

function object(record: Record<string, unknown>): string {
  const keys = Object.keys(record)
  for (let i = 1; i < keys.length; i++) {
    if ((keys[i - 1] as string) > (keys[i] as string)) {
      keys.sort()
      break
    }
  }
  let out = '{'
  for (const key of keys) {
    const item = record[key]
    if (item === undefined) continue
    out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${canonical(item)}`
  }
  return `${out}}`
}
