import * as z from 'zod'
import { checkArgument } from '../_internal/arguments'
import { LedgerError } from '../errors'
import {
  kindOfOrganizationId,
  type OrganizationKind,
  organizationKinds,
  parseOrganizationId,
} from '../identity'
import { checkSweepState, type ObligationDecision, type SweepState } from '../rules'
import { isoDateSchema } from '../time'

/** Which due dates to list, and which page of them. */
export interface DueDatesOptions {
  /** The first day, inclusive. */
  readonly from: string
  /** The last day, inclusive. */
  readonly to: string
  /** Obligations to skip, for the pages after the first; 0 by default. */
  readonly offset?: number | undefined
  /** Obligations on the page: 100 by default, at most 1,000. */
  readonly limit?: number | undefined
  /** Only organizations of this kind, as their id says (`community_group` for a filing id). */
  readonly kind?: OrganizationKind | 'other' | undefined
  /**
   * Only organizations registered in this division: the registrar's GB/T 2260 code, USCC
   * positions 3-8 (`310116`), or its first 2 or 4 digits (`31` Shanghai, `3101` its districts).
   * A filing id names no registrar, so it never matches.
   */
  readonly division?: string | undefined
}

/** One page of the due dates, and how many there are in all. */
export interface DueDates {
  /** Sorted by due date, then organization, then rule, duty and instance. */
  readonly items: readonly ObligationDecision[]
  /** How many obligations match, over all pages. */
  readonly total: number
  readonly offset: number
  readonly limit: number
  /** The day the state was swept at: the obligations, their due dates and states, are as of then. */
  readonly asOf: string
}

const MAX_LIMIT = 1000

const optionsSchema = z.object({
  from: isoDateSchema,
  to: isoDateSchema,
  offset: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional(),
  limit: z.number().int().min(1).max(MAX_LIMIT).optional(),
  kind: z.enum([...organizationKinds, 'other']).optional(),
  division: z
    .string()
    .regex(/^\d{2}(\d{2}){0,2}$/, 'expected a division code of 2, 4 or 6 digits')
    .optional(),
})

/**
 * Every obligation not yet done (`due` or `overdue`) that falls due between `from` and `to`
 * inclusive, across the register, from the state a sweep or `runRules` left: who must do what by
 * when, with the rule and why. A recurring duty is listed instance by instance: each year's
 * report never filed, each campaign report owed. Paged, and filtered by kind of organization or registrar's
 * division if asked. The due dates are as of the day the state was swept at (`asOf`): a report
 * filed since, or an obligation that arose since, shows only after the next run.
 *
 * @example
 * const soon = dueDates(run.state, { from: '2025-01-01', to: '2025-01-31', division: '310116' })
 */
export function dueDates(state: SweepState, options: DueDatesOptions): DueDates {
  const checked = checkSweepState(state, ['state'])
  checkArgument(optionsSchema, options, 'options')
  const { from, to, kind, division } = options
  if (to < from) {
    const message = `options.to (${to}) is before options.from (${from})`
    throw new LedgerError('INVALID_INPUT', message, [
      { code: 'to_before_from', path: ['options', 'to'], message },
    ])
  }
  const matching: ObligationDecision[] = []
  for (const [org, swept] of Object.entries(checked.organizations)) {
    if ((kind !== undefined || division !== undefined) && !isOf(org, kind, division)) continue
    for (const decision of swept.decisions) {
      if (decision.kind !== 'obligation' || decision.state === 'done') continue
      if (decision.due === null || decision.due < from || decision.due > to) continue
      matching.push(decision)
    }
  }
  matching.sort(byDueOrgRule)
  const offset = options.offset ?? 0
  const limit = options.limit ?? 100
  return {
    items: matching.slice(offset, offset + limit),
    total: matching.length,
    offset,
    limit,
    asOf: checked.at,
  }
}

function isOf(org: string, kind: string | undefined, division: string | undefined): boolean {
  const parsed = parseOrganizationId(org)
  if (!parsed.success) return false
  if (kind !== undefined && kindOfOrganizationId(parsed.data) !== kind) return false
  if (division === undefined) return true
  return parsed.data.scheme === 'uscc' && parsed.data.region.code.startsWith(division)
}

function byDueOrgRule(a: ObligationDecision, b: ObligationDecision): number {
  const keyA = [a.due, a.org, a.rule, a.duty, a.instance?.key ?? '']
  const keyB = [b.due, b.org, b.rule, b.duty, b.instance?.key ?? '']
  for (let i = 0; i < keyA.length; i++) {
    const x = keyA[i] as string
    const y = keyB[i] as string
    if (x !== y) return x < y ? -1 : 1
  }
  return 0
}
