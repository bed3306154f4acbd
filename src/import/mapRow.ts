import type { Issue, Result } from '../errors'
import { normalizeUscc } from '../identity'
import type { FieldMapping } from './fieldMapping'
import type { ImportMapping } from './importMapping'
import { readField } from './readField'
import { selectKind } from './selectKind'
import type { SourceRow } from './sourceRow'

/** An entry input made from one row: what `safeAppend` is given, and checks. */
export type MappedInput = Record<string, unknown>

/**
 * Makes one row an entry input as the mapping says, or gives every mapping issue of the row,
 * each at its column. With `migration`, the input carries the day the other system recorded it.
 */
export function mapRow(
  row: SourceRow,
  mapping: ImportMapping,
  migration: boolean,
): Result<MappedInput> {
  const kind = selectKind(row, mapping)
  if (!kind.success) return kind
  const issues: Issue[] = []
  const input: MappedInput = {}
  const take = (field: FieldMapping | undefined, path: readonly string[]): void => {
    if (field === undefined) return
    const read = readField(row, field, path.join('.'))
    if (read.kind === 'value') setPath(input, path, read.value)
    else if (read.kind === 'invalid' || field.optional !== true) issues.push(read.issue)
  }
  take(mapping.org, ['org'])
  if (typeof input.org === 'string') input.org = tidyId(input.org)
  input.type = kind.data.type
  take(kind.data.effectiveAt, ['effectiveAt'])
  take(kind.data.by, ['by'])
  take(kind.data.ref, ['ref'])
  input.data = {}
  for (const [path, field] of Object.entries(kind.data.data))
    take(field, ['data', ...path.split('.')])
  for (const [path, field] of Object.entries(kind.data.personal ?? {})) {
    take(field, ['personal', ...path.split('.')])
  }
  if (migration) {
    take(mapping.recordedAt, ['migrated', 'recordedAt'])
    const migrated = input.migrated as Record<string, unknown> | undefined
    if (migrated !== undefined && mapping.source !== undefined) migrated.source = mapping.source
  }
  if (issues.length > 0) return { success: false, issues }
  return { success: true, data: withoutHoles(input) as MappedInput }
}

// Ids are typed and pasted: full-width characters and spaces are folded, and a USCC's lower
// case; a filing id's local number keeps its case, which the ledger compares exactly.
function tidyId(text: string): string {
  const folded = text.normalize('NFKC').trim()
  return /^[0-9a-z]{18}$/i.test(folded) ? normalizeUscc(folded) : folded
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node: Record<string, unknown> = target
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] as string
    let child = node[key]
    if (typeof child !== 'object' || child === null) {
      child = /^\d+$/.test(path[i + 1] as string) ? [] : {}
      node[key] = child
    }
    node = child as Record<string, unknown>
  }
  node[path.at(-1) as string] = value
}

// Lists mapped by position lose the places whose fields were all empty: a second sanction
// column left blank leaves one sanction, not a hole.
function withoutHoles(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter(() => true).map(withoutHoles)
  if (typeof value !== 'object' || value === null) return value
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) out[key] = withoutHoles(item)
  return out
}
