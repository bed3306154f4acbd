import { type EntryType, entryTypes } from '../../src/events/catalogue'
import type { EntryInput } from '../../src/ledger/entryInput'
import { canonical } from './canonical'
import { leafHashOf } from './leafHash'

const RECORDED_AT = '2025-01-01T00:00:00.000Z'

/**
 * The least an append must do, by hand: zod `safeParse` of each payload, numbering, the entry
 * built with its keys in canonical order, canonical JSON and one SHA-256. No store, no tree.
 */
export class AppendLimit {
  readonly #versions = new Map<string, number>()
  #seq = 0

  /** Does one append call's work; returns the number of entries. */
  append(call: readonly EntryInput[]): number {
    for (const input of call) {
      const definition = entryTypes[input.type as EntryType]
      const parsed = definition.data.safeParse(input.data)
      if (!parsed.success)
        throw new Error(`entry ${this.#seq} does not parse: ${parsed.error.message}`)
      const version = (this.#versions.get(input.org) ?? 0) + 1
      this.#versions.set(input.org, version)
      leafHashOf(
        canonical({
          amends: input.amends,
          by: input.by,
          data: parsed.data,
          effectiveAt: input.effectiveAt,
          org: input.org,
          recordedAt: RECORDED_AT,
          ref: input.ref,
          schema: definition.schema,
          seq: this.#seq,
          type: input.type,
          version,
        }),
      )
      this.#seq++
    }
    return call.length
  }
}
