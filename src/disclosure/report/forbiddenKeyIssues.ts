import type { Issue } from '../../errors'

// Keys that a plain object cannot hold as data without a copy losing or changing them.
const FORBIDDEN: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Every own key of `value`, at any depth, that the report format does not allow because a
 * copy or a lookup would not see it as data (`__proto__`, `constructor`, `prototype`), and
 * any object that is not a plain object or array. So what is verified is what is read.
 */
export function forbiddenKeyIssues(value: unknown): Issue[] {
  const issues: Issue[] = []
  const ancestors = new Set<object>()
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (typeof node !== 'object' || node === null) return
    if (ancestors.has(node)) {
      issues.push({ code: 'malformed_report', path, message: `${name(path)} refers to itself` })
      return
    }
    const proto = Object.getPrototypeOf(node)
    if (!Array.isArray(node) && proto !== Object.prototype && proto !== null) {
      const message = `${name(path)} is not a plain object`
      issues.push({ code: 'malformed_report', path, message })
      return
    }
    ancestors.add(node)
    for (const key of Reflect.ownKeys(node)) {
      if (typeof key === 'symbol') continue
      const at = Array.isArray(node) && /^\d+$/.test(key) ? Number(key) : key
      if (FORBIDDEN.has(key)) {
        const message = `${name([...path, at])}: the key ${key} is not allowed in a report`
        issues.push({ code: 'forbidden_key', path: [...path, at], message })
        continue
      }
      walk((node as Record<string, unknown>)[key], [...path, at])
    }
    ancestors.delete(node)
  }
  walk(value, [])
  return issues
}

function name(path: readonly (string | number)[]): string {
  return path.length === 0 ? 'the report' : path.join('.')
}
