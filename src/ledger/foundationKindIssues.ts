import { foldCreditFile } from '../credit-file'
import type { Issue } from '../errors'
import type { Entry, EntryEnvelope, RegistrationChangedData } from '../events'
import type { ValidInput } from './entryInput'
import type { StreamSummary } from './streamIndex'

const NONE: readonly EntryEnvelope[] = Object.freeze([])

const opening: ReadonlySet<string> = new Set<string>([
  'OrganizationRegistered',
  'OrganizationFiled',
])
const amending: ReadonlySet<string> = new Set<string>([
  'ChangeRegistrationRevoked',
  'EntryRetracted',
  'EntryCorrected',
])

function changesKind(data: unknown): boolean {
  const { changes } = data as Partial<RegistrationChangedData>
  return Array.isArray(changes) && changes.some((change) => change.field === 'foundation_kind')
}

/**
 * The entries that decide an organization's kind and a foundation's kind after one more entry:
 * the registration or filing, the change registrations of `foundation_kind`, and what revokes,
 * retracts or corrects them, so the ledger reads the kind as the credit file does.
 */
export function withKindEntry(
  kept: readonly EntryEnvelope[] | undefined,
  entry: EntryEnvelope,
): readonly EntryEnvelope[] {
  const before = kept ?? NONE
  if (opening.has(entry.type)) return [...before, entry]
  if (entry.type === 'RegistrationChanged' && changesKind(entry.data)) return [...before, entry]
  if (amending.has(entry.type) && before.some((other) => other.seq === entry.amends)) {
    return [...before, entry]
  }
  return before
}

/**
 * The issues of a `foundation_kind` change registration the credit file could not follow: one
 * for an organization that is not a foundation, and one without `before` while the record
 * states the foundation's kind, which revoking the change could not restore.
 */
export function foundationKindIssues(
  input: ValidInput,
  summary: StreamSummary | undefined,
): Issue[] {
  if (input.type !== 'RegistrationChanged' || summary === undefined) return []
  const { changes } = input.data as RegistrationChangedData
  if (!changes.some((change) => change.field === 'foundation_kind')) return []
  const { identity } = foldCreditFile(summary.kinds as readonly Entry[], {}, false)
  const issues: Issue[] = []
  for (const [n, change] of changes.entries()) {
    if (change.field !== 'foundation_kind') continue
    if (identity.kind !== 'foundation') {
      issues.push({
        code: 'foundation_kind_not_foundation',
        path: ['data', 'changes', n, 'field'],
        message: `${input.org} is registered as a ${String(identity.kind).replaceAll('_', ' ')}, not a foundation; only a foundation is public or non-public`,
      })
    } else if (identity.foundationKind !== null && change.before === undefined) {
      issues.push({
        code: 'foundation_kind_before_required',
        path: ['data', 'changes', n, 'before'],
        message: `the record states ${input.org} is a ${identity.foundationKind}; say so in before, so that revoking the change restores it`,
      })
    }
  }
  return issues
}
