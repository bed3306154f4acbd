import { LedgerError } from '../errors'

/**
 * Serializes a JSON value in the JSON Canonicalization Scheme of RFC 8785: object keys sorted
 * by UTF-16 code units, no white space, numbers and strings as ECMAScript writes them.
 * Properties whose value is `undefined` are left out, as `JSON.stringify` does.
 */
export function canonicalJson(value: unknown): string {
  return write(value, [])
}

const encoder = new TextEncoder()

/** The UTF-8 bytes of `canonicalJson(value)`: what a leaf hash commits to. */
export function canonicalBytes(value: unknown): Uint8Array {
  return encoder.encode(canonicalJson(value))
}

function write(value: unknown, path: (string | number)[]): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value)
    case 'boolean':
      return value ? 'true' : 'false'
    case 'number':
      if (!Number.isFinite(value)) fail(path, `${value} has no JSON form`)
      return JSON.stringify(value)
    case 'object': {
      if (value === null) return 'null'
      if (Array.isArray(value)) {
        let out = '['
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out += ','
          const item: unknown = value[i]
          path.push(i)
          out += item === undefined ? 'null' : write(item, path)
          path.pop()
        }
        return `${out}]`
      }
      if (
        Object.getPrototypeOf(value) !== Object.prototype &&
        Object.getPrototypeOf(value) !== null
      ) {
        fail(
          path,
          'only plain objects, arrays, strings, finite numbers, booleans and null are JSON',
        )
      }
      const record = value as Record<string, unknown>
      // Array.prototype.sort compares UTF-16 code units, which is the order RFC 8785 requires.
      const keys = Object.keys(record).sort()
      let out = '{'
      let first = true
      for (const key of keys) {
        const item = record[key]
        if (item === undefined) continue
        if (!first) out += ','
        first = false
        path.push(key)
        out += `${JSON.stringify(key)}:${write(item, path)}`
        path.pop()
      }
      return `${out}}`
    }
    default:
      return fail(path, `a ${typeof value} has no JSON form`)
  }
}

function fail(path: (string | number)[], message: string): never {
  throw new LedgerError('INVALID_INPUT', `cannot canonicalize: ${message}`, [
    { code: 'not_json', path: [...path], message },
  ])
}
