import * as z from 'zod'
import { fromZodIssues } from '../_internal/issues'
import { LedgerError } from '../errors'
import { isoDateSchema } from '../time'
import type { Decision } from './decision'
import { decisionSchema } from './decisionSchema'

type SweptOrganizationShape = z.ZodObject<
  {
    next: z.ZodNullable<typeof isoDateSchema>
    decisions: z.ZodReadonly<z.ZodArray<z.ZodType<Decision>>>
  },
  z.core.$strip
>

const sweptOrganizationSchema: z.ZodReadonly<SweptOrganizationShape> = z
  .object({
    next: z.nullable(isoDateSchema),
    decisions: z.array(decisionSchema).readonly(),
  })
  .readonly()

/**
 * What a sweep remembers, written once as a zod schema: plain JSON, so it survives
 * `JSON.stringify`, `JSON.parse` and a restart. `sweep`, `runRules` and `dueDates` check a state
 * handed back with it and refuse one that is not this shape with `INVALID_INPUT` naming the path.
 */
export const sweepStateSchema: z.ZodReadonly<
  z.ZodObject<
    {
      policy: z.ZodString
      at: typeof isoDateSchema
      position: z.ZodNumber
      organizations: z.ZodReadonly<z.ZodRecord<z.ZodString, z.ZodReadonly<SweptOrganizationShape>>>
    },
    z.core.$strip
  >
> = z
  .object({
    /** The SHA-256 of the policy swept. */
    policy: z.string().regex(/^[0-9a-f]{64}$/, 'expected a policy hash: 64 lower-case hex digits'),
    /** The date swept at. */
    at: isoDateSchema,
    /** The ledger size the sweep had read up to. */
    position: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    /** Every organization by id: the earliest day its decisions may change, and its decisions. */
    organizations: z.record(z.string(), sweptOrganizationSchema).readonly(),
  })
  .refine(
    // Every organization with an entry is in a state, so one that read entries has some: an
    // empty record is what JSON made of the Map states once held.
    (state) => state.position === 0 || Object.keys(state.organizations).length > 0,
    {
      path: ['organizations'],
      message: 'is empty, but the sweep had read entries: was this state saved from a Map?',
    },
  )
  .readonly()

/** What a sweep remembers, so that the next one revisits only what may have changed; plain JSON. */
export type SweepState = z.infer<typeof sweepStateSchema>

/** What one organization looked like at the last sweep: its earliest possible change (`null`: never) and its decisions. */
export type SweptOrganization = z.infer<typeof sweptOrganizationSchema>

// States a sweep made and froze need no second check; any other value (a parsed copy from
// disk, a hand-made object) is checked in full before a field of it is read.
const made = new WeakSet<object>()

/** Freezes a state a sweep made and remembers it as checked. */
export function madeSweepState(state: SweepState): SweepState {
  Object.freeze(state.organizations)
  made.add(Object.freeze(state))
  return state
}

/** The state, checked against `sweepStateSchema`; throws `INVALID_INPUT` naming the bad path under `at`. */
export function checkSweepState(value: unknown, at: readonly (string | number)[]): SweepState {
  if (typeof value === 'object' && value !== null && made.has(value)) return value as SweepState
  const parsed = sweepStateSchema.safeParse(value)
  if (parsed.success) return value as SweepState
  const issues = fromZodIssues(parsed.error.issues, at)
  const first = issues[0]
  const where = first === undefined ? at.join('.') : `${first.path.join('.')}: ${first.message}`
  throw new LedgerError('INVALID_INPUT', `not a sweep state: ${where}`, issues)
}
