/** A position in an entry's content: `['by']`, `['data', 'facts']`, `['data', 'violated', 'article']`. */
export type ContentPath = readonly string[]

/** The envelope fields that state what an entry says, each committed to on its own. */
export const CONTENT_FIELDS: readonly string[] = Object.freeze(['by', 'cause', 'data', 'ref'])

/** Objects are split into their fields down to this many keys of path; deeper values are one leaf. */
export const MAX_DEPTH = 3

/** One committed value of an entry's content and where it sits. */
export interface ContentLeaf {
  readonly path: ContentPath
  readonly value: unknown
}

/** The content fields an object holds (`by`, `cause`, `data`, `ref`), without the rest. */
export function contentOf(entry: object): Record<string, unknown> {
  const record = entry as Record<string, unknown>
  const content: Record<string, unknown> = {}
  for (const key of CONTENT_FIELDS) if (record[key] !== undefined) content[key] = record[key]
  return content
}

/**
 * Splits content into the values committed to one by one: every non-empty plain object is
 * split into its fields until the path is `MAX_DEPTH` keys long; arrays, scalars, empty
 * objects and anything deeper are single leaves. Keys come in canonical (UTF-16) order.
 *
 * @example
 * contentLeaves({ by: '民政局', data: { year: 2023, financials: { income: 1 } } })
 * // [{ path: ['by'], … }, { path: ['data', 'financials', 'income'], … }, { path: ['data', 'year'], … }]
 */
export function contentLeaves(content: object): ContentLeaf[] {
  const leaves: ContentLeaf[] = []
  walk(content, [], leaves)
  return leaves
}

function walk(value: unknown, path: string[], leaves: ContentLeaf[]): void {
  if (path.length < MAX_DEPTH && isSplittable(value)) {
    for (const key of Object.keys(value).sort()) {
      const item = value[key]
      if (item === undefined) continue
      path.push(key)
      walk(item, path, leaves)
      path.pop()
    }
    return
  }
  leaves.push({ path: [...path], value })
}

/** Whether a value is a plain object with at least one defined field. */
export function isSplittable(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const prototype = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null) return false
  return Object.values(value).some((item) => item !== undefined)
}
