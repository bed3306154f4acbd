import { hash, randomFillSync } from 'node:crypto'
import { type EntryType, entryTypes } from '../../src/events/catalogue'
import type { EntryInput } from '../../src/ledger/entryInput'
import { canonical } from './canonical'

const RECORDED_AT = '2025-01-01T00:00:00.000Z'
const MAX_DEPTH = 3

/**
 * The least an append must do under the library's design, by hand: what `AppendLimit` does,
 * plus a fresh 16-byte salt per entry and a salted commitment to each content field (a field
 * salt and a digest, two SHA-256 calls), then the leaf over the position fields and the
 * commitment tree. It measures what the per-field commitments cost before any library code.
 * The people commitment of the one entry in 24 that names someone is left out.
 */
export class SaltedAppendLimit {
  readonly #versions = new Map<string, number>()
  readonly #buffer = Buffer.allocUnsafe(1 << 20)
  #seq = 0

  /** Does one append call's work; returns the number of entries. */
  append(call: readonly EntryInput[]): number {
    const salts = randomFillSync(Buffer.allocUnsafe(16 * call.length))
    call.forEach((input, index) => {
      const definition = entryTypes[input.type as EntryType]
      const parsed = definition.data.safeParse(input.data)
      if (!parsed.success) throw new Error(`entry ${this.#seq} does not parse`)
      const version = (this.#versions.get(input.org) ?? 0) + 1
      this.#versions.set(input.org, version)
      saltedLeaf(
        {
          ...(input.amends === undefined ? {} : { amends: input.amends }),
          by: input.by,
          data: parsed.data,
          effectiveAt: input.effectiveAt,
          org: input.org,
          recordedAt: RECORDED_AT,
          ...(input.ref === undefined ? {} : { ref: input.ref }),
          salt: salts.toString('hex', 16 * index, 16 * index + 16),
          schema: definition.schema,
          seq: this.#seq,
          type: input.type,
          version,
        },
        this.#buffer,
      )
      this.#seq++
    })
    return call.length
  }
}

/** The fields of a stored entry the leaf is made from. */
export interface SaltedFields {
  readonly amends?: number
  readonly by: string
  readonly data: unknown
  readonly effectiveAt: string
  readonly org: string
  readonly recordedAt: string
  readonly ref?: string
  readonly salt: string
  readonly schema: number
  readonly seq: number
  readonly type: string
  readonly version: number
}

/** The leaf hash of an entry with per-field salted commitments, by hand; `buffer` is scratch space. */
export function saltedLeaf(entry: SaltedFields, buffer: Buffer): Buffer {
  const content: Record<string, unknown> = { by: entry.by, data: entry.data }
  if (entry.ref !== undefined) content.ref = entry.ref
  const position =
    `${entry.amends === undefined ? '' : `"amends":${entry.amends},`}` +
    `"commitments":${tree(content, [], entry.salt, buffer)},` +
    `"effectiveAt":${JSON.stringify(entry.effectiveAt)},"org":${JSON.stringify(entry.org)},` +
    `"recordedAt":${JSON.stringify(entry.recordedAt)},"schema":${entry.schema},` +
    `"seq":${entry.seq},"type":"${entry.type}","version":${entry.version}`
  return hash('sha256', `\0{${position}}`, 'buffer') as unknown as Buffer
}

function tree(
  value: Record<string, unknown>,
  path: string[],
  salt: string,
  buffer: Buffer,
): string {
  const keys = Object.keys(value).sort()
  let out = '{'
  for (const key of keys) {
    const item = value[key]
    if (item === undefined) continue
    path.push(key)
    const split =
      path.length < MAX_DEPTH &&
      typeof item === 'object' &&
      item !== null &&
      !Array.isArray(item) &&
      Object.values(item).some((inner) => inner !== undefined)
    const text = split
      ? tree(item as Record<string, unknown>, path, salt, buffer)
      : `"${digest(salt, path, item, buffer)}"`
    out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${text}`
    path.pop()
  }
  return `${out}}`
}

function digest(salt: string, path: readonly string[], value: unknown, buffer: Buffer): string {
  const fieldSalt = hash('sha256', `\u0004${salt}\0${JSON.stringify(path)}`, 'buffer')
  buffer[0] = 0x03
  buffer.set(fieldSalt as unknown as Uint8Array, 1)
  const written = buffer.write(canonical(value), 33, 'utf8')
  return hash('sha256', buffer.subarray(0, 33 + written), 'hex')
}
