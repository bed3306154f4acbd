import * as z from 'zod'
import { type LocalText, localTextSchema } from '../localText'
import type { Frozen, Opt, Strict } from '../schemaTypes'
import { type EffectModule, noIssues } from './effectModule'
import { nameSchema } from './effectParts'
import { entitlement, untilWords } from './entitlement'

/** Checks a `bar` effect. */
export const barSchema: Strict<{
  kind: z.ZodLiteral<'bar'>
  benefit: z.ZodString
  title: Opt<typeof localTextSchema>
}> = z.strictObject({
  kind: z.literal('bar'),
  benefit: nameSchema,
  title: localTextSchema.optional(),
})

/** The organization is barred from a benefit while the condition holds. */
export type BarEffect = Frozen<z.output<typeof barSchema>>

/** The organization is barred from `benefit` while the condition holds, whatever grants it (JR-01, JR-08). */
export function bar(benefit: string, title?: LocalText): BarEffect {
  return title === undefined ? { kind: 'bar', benefit } : { kind: 'bar', benefit, title }
}

/** `bar`: an entitlement barred from the day the condition held until it may stop holding. */
export const barKind: EffectModule<'bar'> = {
  proposes: [],
  check: noIssues,
  checkInPolicy: noIssues,
  decide: entitlement,
  words(decision) {
    const until = untilWords(decision)
    return {
      zh: `不得享受${decision.label.zh}（自${decision.from}起${until.zh}）`,
      en: `Barred from ${decision.label.en} from ${decision.from}${until.en}`,
    }
  },
}
