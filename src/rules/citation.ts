import * as z from 'zod/mini'
import { LOCAL_TEXT_MAX } from './localTextLimits'
import type { Frozen } from './schemaTypes'

/** How firmly a source was checked, as in the domain catalogue: the text itself, a secondary source, or recalled. */
export const confidences = ['V', 'V-sec', 'R'] as const

/** How firmly a source was checked: `V`, `V-sec` or `R`. */
export type Confidence = (typeof confidences)[number]

type Text = z.ZodMiniString<string>
type Optional<T extends z.core.SomeType> = z.ZodMiniOptional<T>
type Fields = {
  id: Optional<Text>
  instrument: Text
  article: Optional<Text>
  note: Optional<Text>
  cite: Optional<z.ZodMiniObject<{ zh: Text; en: Text }, z.core.$strict>>
}

const fields: Fields = {
  id: z.optional(text(32)),
  instrument: text(200),
  article: z.optional(text(64)),
  note: z.optional(text(1000)),
  cite: z.optional(z.strictObject({ zh: text(LOCAL_TEXT_MAX), en: text(LOCAL_TEXT_MAX) })),
}

/**
 * Checks a citation: where a rule, a disclosure setting or a deadline comes from. The
 * instrument and article, the row of the domain catalogue (`id`, e.g. `RP-02`), how firmly it
 * was checked, a note when the choice is a product decision rather than the text, and short
 * names to cite it by in a sentence. The one citation every part of a pack uses.
 */
export const citationSchema: z.ZodMiniObject<
  Fields & { confidence: Optional<z.ZodMiniEnum<{ [K in Confidence]: K }>> },
  z.core.$strict
> = z.strictObject({ ...fields, confidence: z.optional(z.enum(confidences)) })

/** Where something in a pack comes from; see `citationSchema`. */
export type Citation = Frozen<z.output<typeof citationSchema>>

/** Checks a rule's citation: a citation that says how firmly its source was checked. */
export const ruleSourceSchema: z.ZodMiniObject<
  Fields & { confidence: z.ZodMiniEnum<{ [K in Confidence]: K }> },
  z.core.$strict
> = z.strictObject({ ...fields, confidence: z.enum(confidences) })

/** Where a rule comes from: a citation whose confidence is stated. */
export type RuleSource = Frozen<z.output<typeof ruleSourceSchema>>

function text(max: number): Text {
  return z.string().check(z.minLength(1), z.maxLength(max))
}
