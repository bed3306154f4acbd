import * as z from 'zod'
import type { Issue } from '../../errors'
import {
  type EntryData,
  type EntryType,
  entryTypes,
  isEntryType,
  parseEntryData,
} from '../../events'
import type { Path } from '../conditions/conditionModule'
import type { LocalText } from '../localText'
import type { Frozen, Opt, Strict } from '../schemaTypes'
import { type EffectModule, noIssues } from './effectModule'
import { authoredFields, type Mode, modeSchema } from './effectParts'
import { proposing } from './proposing'

/** Checks a `propose` effect; its payload is checked against its type by `check`. */
export const proposeSchema: Strict<{
  kind: z.ZodLiteral<'propose'>
  mode: typeof modeSchema
  type: z.ZodString
  data: z.ZodRecord<z.ZodString, z.ZodUnknown>
  by: Opt<z.ZodString>
}> = z.strictObject({
  kind: z.literal('propose'),
  mode: modeSchema,
  type: z.string().min(1),
  data: z.record(z.string(), z.unknown()),
  by: authoredFields.by,
})

/** Propose a fixed entry of any type that amends nothing. */
export type ProposeEffect = Frozen<z.output<typeof proposeSchema>>

/** Propose a fixed entry of any type that amends nothing; its payload is checked when the policy is built. */
export function propose<T extends EntryType>(
  type: T,
  data: EntryData<T>,
  options: { mode: Mode; by?: string },
): ProposeEffect {
  return { kind: 'propose', type, data: data as Record<string, unknown>, ...options }
}

function proposeIssues(type: string, data: unknown, path: Path): Issue[] {
  if (!isEntryType(type))
    return [
      {
        code: 'unknown_entry_type',
        path: [...path, 'type'],
        message: `no entry type is called '${type}'`,
      },
    ]
  const definition = entryTypes[type]
  if (definition.opensStream || definition.amends !== null) {
    return [
      {
        code: 'not_proposable',
        path: [...path, 'type'],
        message: `${type} cannot be proposed as a fixed entry; use the effect made for it`,
      },
    ]
  }
  const parsed = parseEntryData(type, definition.schema, data)
  return parsed.success
    ? []
    : parsed.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }))
}

const WORDS: Readonly<Record<string, LocalText>> = {
  Commended: { zh: '建议予以表彰', en: 'Recommend a commendation' },
  RectificationOrdered: { zh: '责令限期整改', en: 'Order rectification within a deadline' },
}

/** `propose`: propose the entry as given; the words of any type no other effect proposes. */
export const proposeKind: EffectModule<'propose'> = {
  proposes: [],
  check: (effect, path) => proposeIssues(effect.type, effect.data, path),
  checkInPolicy: noIssues,
  decide: (effect, input) =>
    proposing(effect, input, ({ propose }) => {
      // Always true of a checked policy: `check` refused any other name.
      if (isEntryType(effect.type)) propose(effect.type, effect.data, effect.mode)
    }),
  words(decision) {
    const type = decision.entry.type
    return WORDS[type] ?? { zh: `记录：${type}`, en: `Record ${type}` }
  },
}
