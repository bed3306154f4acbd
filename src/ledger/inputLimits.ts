import type { Issue } from '../errors'

/** Deepest nesting of arrays and objects an input may have, counted from the input itself. */
export const MAX_INPUT_DEPTH = 32

/** Most UTF-8 bytes an input's JSON may take (1 MiB), counted without whitespace. */
export const MAX_INPUT_BYTES: number = 1024 * 1024

const encoder = new TextEncoder()

/**
 * Checks one input's depth and size without recursion, so nothing recursive ever sees a
 * value nested deeper than `MAX_INPUT_DEPTH`. Returns the first limit it breaks, naming where.
 */
export function limitIssues(input: unknown): Issue[] {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: input, path: [] }]
  let bytes = 0
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: (string | number)[] }
    if (typeof value === 'string') bytes += encoder.encode(value).length + 2
    else if (typeof value === 'number' || typeof value === 'boolean') bytes += String(value).length
    else if (value === null) bytes += 4
    else if (typeof value === 'object') {
      if (path.length >= MAX_INPUT_DEPTH) {
        return [
          {
            code: 'too_deep',
            path,
            message: `nesting deeper than ${MAX_INPUT_DEPTH} levels is refused`,
          },
        ]
      }
      const entries: [string | number, unknown][] = Array.isArray(value)
        ? value.map((item, index) => [index, item])
        : Object.entries(value)
      bytes += 2 + Math.max(0, entries.length - 1)
      for (const [key, item] of entries) {
        if (typeof key === 'string') bytes += encoder.encode(key).length + 3
        stack.push({ value: item, path: [...path, key] })
      }
    }
    if (bytes > MAX_INPUT_BYTES) {
      return [
        {
          code: 'too_large',
          path,
          message: `an entry's JSON may take at most ${MAX_INPUT_BYTES} bytes`,
        },
      ]
    }
  }
  return []
}
