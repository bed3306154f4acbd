import { createLedger, type Ledger } from '../createLedger'
import type { Issue } from '../errors'
import type { IssueCode } from '../issueCodes'
import type { AppendOptions } from '../ledger'
import { memoryStore } from '../store'
import type { Clock } from '../time'
import type { MappedInput } from './mapRow'

/** What became of one row: written, a repeat of one written before, or refused with issues. */
export type RowOutcome = 'written' | 'repeated' | readonly Issue[]

/**
 * The options of one row's append. `migration` is the ledger's flag for entries carried over
 * from another system; ledgers without it refuse it as an unknown option, row by row.
 */
export type RowAppendOptions = AppendOptions & {
  readonly idempotencyKey: string
  readonly migration?: boolean
}

/** Where an import appends its rows, one at a time. */
export interface ImportTarget {
  append(input: MappedInput, options: RowAppendOptions): Promise<RowOutcome>
}

/** A target ledger: each row is appended to it. */
export function ledgerTarget(ledger: Ledger): ImportTarget {
  return {
    async append(input, options) {
      // A replay returns the entry written before the call; a fresh write lands at the head.
      const before = (await ledger.head()).size
      const result = await ledger.safeAppend(input, options)
      if (!result.success) return result.issues
      const seq = result.data.entries[0]?.seq ?? before
      return seq < before ? 'repeated' : 'written'
    },
  }
}

// What a scratch ledger refuses only because it lacks the target's entries.
const NEEDS_EARLIER_ENTRIES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'unknown_organization',
  'amends_unknown_entry',
  'amends_wrong_type',
  'effective_before_target',
  'disputes_unknown_entry',
  'unknown_campaign',
])

/**
 * A dry run's target: rows go to a scratch memory ledger on the same clock, so the ledger's
 * checks hold between rows of the file. A row the scratch ledger refuses only for want of
 * earlier entries counts as written when the target ledger holds its organization: those
 * checks are the real run's. The target ledger is only read.
 */
export function dryRunTarget(ledger: Ledger, clock: Clock): ImportTarget {
  const scratch = ledgerTarget(createLedger({ store: memoryStore(), clock }))
  const held = new Map<string, Promise<boolean>>()
  const holds = (org: string): Promise<boolean> => {
    let answer = held.get(org)
    if (answer === undefined) {
      answer = ledger.entries(org).then((entries) => entries.length > 0)
      held.set(org, answer)
    }
    return answer
  }
  return {
    async append(input, options) {
      const outcome = await scratch.append(input, options)
      if (typeof outcome === 'string') return outcome
      const blind = outcome.every((issue) => NEEDS_EARLIER_ENTRIES.has(issue.code))
      if (blind && typeof input.org === 'string' && (await holds(input.org))) return 'written'
      return outcome
    },
  }
}
