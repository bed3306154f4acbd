import type * as z from 'zod'
import type { EntryInput, HostEntryType } from '../../src/index'

/** The fields of one entry of a town type, its payload typed by the type's schema. */
export interface TownEntryFields<S extends z.ZodType> {
  readonly org: string
  readonly effectiveAt: string
  readonly by: string
  readonly ref?: string
  /** The seq of the entry it rests on (an exemplar's assessment). */
  readonly amends?: number
  readonly data: z.input<S>
}

/**
 * One entry of a town type as `ledger.append` takes it, its payload typed by the host type's
 * own schema: `EntryInput` takes any payload object for a host type, and the ledger checks it
 * with the schema when it appends.
 */
export function townEntry<T extends string, S extends z.ZodType>(
  type: HostEntryType<T, S>,
  fields: TownEntryFields<S>,
): EntryInput {
  return { ...fields, type: type.type } as EntryInput
}
