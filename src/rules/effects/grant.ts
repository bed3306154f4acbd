import * as z from 'zod'
import { type LocalText, localTextSchema } from '../localText'
import type { Frozen, Opt, Strict } from '../schemaTypes'
import { type EffectModule, noIssues } from './effectModule'
import { nameSchema } from './effectParts'
import { entitlement, untilWords } from './entitlement'

/** Checks a `grant` effect. */
export const grantSchema: Strict<{
  kind: z.ZodLiteral<'grant'>
  benefit: z.ZodString
  title: Opt<typeof localTextSchema>
}> = z.strictObject({
  kind: z.literal('grant'),
  benefit: nameSchema,
  title: localTextSchema.optional(),
})

/** The organization is eligible for a benefit while the condition holds. */
export type GrantEffect = Frozen<z.output<typeof grantSchema>>

/** The organization is eligible for `benefit` while the condition holds; `title` names a benefit the library does not know. */
export function grant(benefit: string, title?: LocalText): GrantEffect {
  return title === undefined ? { kind: 'grant', benefit } : { kind: 'grant', benefit, title }
}

/** `grant`: an entitlement from the day the condition held until it may stop holding; a bar wins over it. */
export const grantKind: EffectModule<'grant'> = {
  proposes: [],
  check: noIssues,
  checkInPolicy: noIssues,
  decide: entitlement,
  words(decision) {
    const until = untilWords(decision)
    return {
      zh: `可享受${decision.label.zh}（自${decision.from}起${until.zh}）`,
      en: `Eligible for ${decision.label.en} from ${decision.from}${until.en}`,
    }
  },
}
