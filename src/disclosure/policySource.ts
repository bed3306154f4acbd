import * as z from 'zod/mini'

/** Where a part of a policy comes from: the instrument, the article, and the rules.md row. */
export interface PolicySource {
  /** The row of the domain catalogue, e.g. `RP-02`. */
  readonly id?: string
  readonly instrument: string
  readonly article?: string
  /** What the choice rests on when it is a product decision rather than the text. */
  readonly note?: string
}

/** Checks a policy source. */
export const policySourceSchema: z.ZodMiniType<PolicySource> = z.strictObject({
  id: z.optional(text(32)),
  instrument: text(200),
  article: z.optional(text(64)),
  note: z.optional(text(1000)),
}) as z.ZodMiniType<PolicySource>

function text(max: number): z.ZodMiniString<string> {
  return z.string().check(z.minLength(1), z.maxLength(max))
}
