import type * as z from 'zod'
import type { effectSchema } from './effectSchema'
import type { Frozen } from './schemaTypes'

export type { DueRule } from './effects/dueRule'
export type { Authored, Mode } from './effects/effectParts'
export type { Duty } from './effects/obligation'

/**
 * What a rule does when its condition holds: propose an entry (list, remove, downgrade, cancel
 * a grade, recommend revocation, deregistration or a ban, or any entry type), grant or bar a
 * benefit, set an obligation with a due date, or set a duty that recurs in instances (each
 * year's report and audit, a campaign's reports, each objection's answer). What `effectSchema` outputs; each kind's
 * module is under src/rules/effects/.
 */
export type Effect = Frozen<z.output<typeof effectSchema>>

/** The kinds of effect. */
export type EffectKind = Effect['kind']

/** The effect of one kind. */
export type EffectOf<K extends EffectKind> = Extract<Effect, { readonly kind: K }>
