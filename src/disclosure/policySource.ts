import * as z from 'zod'

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
export const policySourceSchema: z.ZodType<PolicySource> = z.strictObject({
  id: z.string().min(1).max(32).optional(),
  instrument: z.string().min(1).max(200),
  article: z.string().min(1).max(64).optional(),
  note: z.string().min(1).max(1000).optional(),
}) as z.ZodType<PolicySource>
