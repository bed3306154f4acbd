import fc from 'fast-check'

type Path = readonly (string | number)[]

/** Every path into a JSON value, the root's `[]` included. */
export function pathsOf(value: unknown, path: Path = []): Path[] {
  const paths: Path[] = [path]
  if (typeof value !== 'object' || value === null) return paths
  for (const [key, item] of Object.entries(value)) {
    paths.push(...pathsOf(item, [...path, Array.isArray(value) ? Number(key) : key]))
  }
  return paths
}

/** A copy of `value` with the place at `path` replaced by `by`, or removed when `by` is `remove`. */
export function replaced(value: unknown, path: Path, by: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>
  if (path.length === 0) return by === remove ? undefined : by
  let parent = copy
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
  const last = path.at(-1) as string | number
  if (by !== remove) parent[last] = by
  else if (Array.isArray(parent)) parent.splice(last as number, 1)
  else delete parent[last]
  return copy
}

/** Marks the place for removal in `replaced`. */
export const remove: unique symbol = Symbol('remove')

/**
 * A JSON value mangled at one random place: a field removed, an array shortened, or a value
 * replaced by anything at all.
 */
export function mangled(value: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(value)
  return fc
    .tuple(
      fc.constantFrom(...paths),
      fc.oneof(fc.constant<typeof remove>(remove), fc.anything({ withNullPrototype: true })),
    )
    .map(([path, by]) => replaced(value, path, by))
}
