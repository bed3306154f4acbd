import type { Issue } from '../errors'
import type { IndicatorSet } from '../evaluation'
import type { EntryCatalogue, EntryEnvelope } from '../events'
import { correctEntryData } from '../events'
import { kindOfOrganizationId } from '../identity'
import { dayOf } from '../time'
import { campaignIssues } from './campaignIssues'
import { correctedEvaluationIssues } from './correctedEvaluationIssues'
import type { ValidInput } from './entryInput'
import { evaluationIssues } from './evaluationIssues'
import { type ExpectedVersions, expectationFor, versionConflict } from './expectedVersion'
import { foundationKindIssues } from './foundationKindIssues'
import { fundraisingDecisionIssues } from './fundraisingDecisionIssues'
import { investigationClosingIssues } from './investigationClosings'
import { liquidationIssues } from './liquidationIssues'
import { plausibilityIssues } from './plausibility'
import { signedOnIssues } from './signedOnIssues'
import { type StreamSummary, summarize } from './streamIndex'

/** What the invariant check may look up: streams as they stand, and committed entries. */
export interface InvariantContext {
  readonly head: number
  /** The moment the batch will be recorded at. */
  readonly recordedAt: string
  /** The entry types the ledger knows, for corrections of host entries. */
  readonly catalogue: EntryCatalogue
  /** The indicator sets scores are held to. */
  readonly indicatorSets: readonly IndicatorSet[]
  summaryOf(org: string): StreamSummary | undefined
  entryAt(seq: number): Promise<EntryEnvelope | undefined>
}

/**
 * Checks the domain rules for a batch in order, each input seeing the streams as the inputs
 * before it left them, so a registration and the entries after it can share one batch.
 */
export async function checkInvariants(
  inputs: readonly ValidInput[],
  expected: ExpectedVersions | undefined,
  context: InvariantContext,
  batch: boolean,
): Promise<Issue[]> {
  const issues: Issue[] = []
  const pending = new Map<string, StreamSummary | undefined>()
  const pendingEntries = new Map<number, PendingEntry>()
  const checked = new Set<string>()
  for (let index = 0; index < inputs.length; index++) {
    const input = inputs[index] as ValidInput
    const at = (path: (string | number)[]) => (batch ? [index, ...path] : path)
    const summary = pending.has(input.org) ? pending.get(input.org) : context.summaryOf(input.org)
    const found: Issue[] = []

    if (!checked.has(input.org)) {
      checked.add(input.org)
      const conflict = versionConflict(
        input.org,
        expectationFor(expected, input.org),
        summary?.version ?? 0,
      )
      if (conflict) found.push(conflict)
    }
    found.push(...streamIssues(input, summary))
    found.push(...plausibilityIssues(input, summary, context.recordedAt))
    found.push(...evaluationIssues(input, summary, context.indicatorSets))
    found.push(...investigationClosingIssues(input, summary?.investigationClosings))
    found.push(...liquidationIssues(input, summary))
    found.push(...foundationKindIssues(input, summary))
    // Most inputs amend nothing: they are checked without waiting on a lookup.
    if (input.amends === undefined) found.push(...missingAmends(input))
    else {
      const amending = await amendsIssues(input, input.amends, pendingEntries, context)
      found.push(...(amending.length > 0 ? amending : fundraisingDecisionIssues(input, summary)))
    }
    if (input.type === 'ObjectionFiled') {
      const { disputes } = input.data as { disputes: readonly number[] }
      found.push(...(await disputesIssues(input.org, disputes, ['data'], pendingEntries, context)))
    }
    const campaign = (input.data as { campaign?: unknown }).campaign
    if (input.type === 'DisclosurePublished' && typeof campaign === 'number') {
      const lookup = async (seq: number) => pendingEntries.get(seq) ?? (await context.entryAt(seq))
      found.push(...(await campaignIssues(input.org, campaign, ['data'], lookup)))
    }
    for (const issue of found) issues.push({ ...issue, path: at([...issue.path]) })
    if (found.length === 0) {
      const seq = context.head + index
      const version = (summary?.version ?? 0) + 1
      pending.set(
        input.org,
        summarize(summary, { ...input, seq, version } as unknown as EntryEnvelope),
      )
      pendingEntries.set(context.head + index, {
        seq,
        org: input.org,
        type: input.type,
        schema: input.definition.schema,
        data: input.data,
        effectiveAt: input.effectiveAt,
      } as unknown as EntryEnvelope)
    }
  }
  return issues
}

type PendingEntry = Pick<EntryEnvelope, 'seq' | 'org' | 'type' | 'schema' | 'data' | 'effectiveAt'>

function streamIssues(input: ValidInput, summary: StreamSummary | undefined): Issue[] {
  const definition = input.definition
  if (!summary) {
    if (definition.opensStream) return kindIssues(input)
    return [
      {
        code: 'unknown_organization',
        path: ['org'],
        message: `${input.org} has no registration or filing in this ledger; append that first`,
      },
    ]
  }
  if (definition.opensStream) {
    return [
      {
        code: 'already_registered',
        path: ['type'],
        message: `${input.org} is already registered or filed; record changes as RegistrationChanged`,
      },
    ]
  }
  if (summary.status !== 'active' && !definition.allowedWhen.includes(summary.status)) {
    return [
      {
        code: 'organization_closed',
        path: ['type'],
        message: `${input.org} is ${summary.status} (entry ${summary.closedBy}); a ${input.type} can no longer be recorded`,
      },
    ]
  }
  return []
}

function kindIssues(input: ValidInput): Issue[] {
  const idKind = kindOfOrganizationId(input.id)
  if (input.type === 'OrganizationFiled') {
    if (input.id.scheme === 'filing') return []
    return [
      mismatch(
        ['org'],
        'a filed community group is identified by a filing number (F-…), not a USCC',
      ),
    ]
  }
  if (input.id.scheme === 'filing') {
    return [
      mismatch(['org'], 'a registration needs a Unified Social Credit Code, not a filing number'),
    ]
  }
  const declared = (input.data as { kind?: unknown }).kind
  if (idKind !== declared) {
    return [
      mismatch(
        ['data', 'kind'],
        `${input.org} is the code of a ${idKind.replaceAll('_', ' ')} but the registration says ${String(declared).replaceAll('_', ' ')}`,
      ),
    ]
  }
  return []
}

function mismatch(path: (string | number)[], message: string): Issue {
  return { code: 'kind_mismatch', path, message }
}

/** The issue of an input without `amends` whose type must amend an entry. */
function missingAmends(input: ValidInput): Issue[] {
  if (input.definition.amends === null) return []
  return [
    {
      code: 'amends_required',
      path: ['amends'],
      message: `a ${input.type} must name the entry it refers to in amends`,
    },
  ]
}

async function amendsIssues(
  input: ValidInput,
  amends: number,
  pending: ReadonlyMap<number, PendingEntry>,
  context: InvariantContext,
): Promise<Issue[]> {
  const rule = input.definition.amends
  if (rule === null) {
    return [
      {
        code: 'amends_not_allowed',
        path: ['amends'],
        message: `a ${input.type} does not amend another entry; leave amends out`,
      },
    ]
  }
  const target = pending.get(amends) ?? (await context.entryAt(amends))
  if (target?.org !== input.org) {
    const message =
      target === undefined
        ? `entry ${input.amends} does not exist`
        : `entry ${input.amends} belongs to ${target.org}, not ${input.org}`
    return [{ code: 'amends_unknown_entry', path: ['amends'], message }]
  }
  if (rule !== 'any' && !rule.includes(target.type)) {
    return [
      {
        code: 'amends_wrong_type',
        path: ['amends'],
        message: `a ${input.type} refers to a ${rule.join(' or ')}, but entry ${input.amends} is a ${target.type}`,
      },
    ]
  }
  // What ends, answers or undoes an entry cannot take effect before it.
  if (rule !== 'any' && dayOf(input.effectiveAt) < dayOf(target.effectiveAt)) {
    return [
      {
        code: 'effective_before_target',
        path: ['effectiveAt'],
        message: `a ${input.type} cannot take effect on ${dayOf(input.effectiveAt)}, before the ${target.type} it refers to (entry ${amends}, ${dayOf(target.effectiveAt)})`,
      },
    ]
  }
  if (input.type === 'ServicePurchaseCompleted') {
    const { period } = target.data as { period: { from: string } }
    if (dayOf(input.effectiveAt) < period.from) {
      return [
        {
          code: 'completed_before_service',
          path: ['effectiveAt'],
          message: `a ServicePurchaseCompleted cannot take effect on ${dayOf(input.effectiveAt)}, before the service period of the contract (entry ${amends}) starts on ${period.from}`,
        },
      ]
    }
  }
  if (input.type === 'EntryCorrected') {
    // The corrected entry must be one its type could have stored: same schema, no stray keys.
    const fields = (input.data as { fields: Record<string, unknown> }).fields
    const corrected = correctEntryData(target as EntryEnvelope, fields, context.catalogue)
    if (!corrected.success) return [...corrected.issues]
    const evaluation = correctedEvaluationIssues(
      input,
      target,
      corrected.data,
      context.summaryOf(input.org),
      context.indicatorSets,
    )
    if (evaluation.length > 0) return evaluation
    // A letter found signed for after all is held to the same days as one recorded signed.
    if (target.type === 'NoticeServed' && 'signedOn' in fields) {
      const { signedOn } = corrected.data as { signedOn?: string }
      const recordedOn = dayOf(input.migrated?.recordedAt ?? context.recordedAt)
      const path = ['data', 'fields', 'signedOn']
      return signedOnIssues(signedOn, dayOf(target.effectiveAt), recordedOn, path)
    }
    // A corrected disclosure still reports on a campaign of its own organization.
    if (target.type === 'DisclosurePublished' && typeof fields.campaign === 'number') {
      const lookup = async (seq: number) => pending.get(seq) ?? (await context.entryAt(seq))
      return campaignIssues(input.org, fields.campaign, ['data', 'fields'], lookup)
    }
    // A corrected objection still disputes only entries of its own organization.
    if (target.type === 'ObjectionFiled' && Array.isArray(fields.disputes)) {
      const disputes = fields.disputes as readonly number[]
      return disputesIssues(input.org, disputes, ['data', 'fields'], pending, context)
    }
  }
  return []
}

/** Each disputed seq must be an entry of the objecting organization. */
async function disputesIssues(
  org: string,
  disputes: readonly number[],
  under: readonly string[],
  pending: ReadonlyMap<number, PendingEntry>,
  context: InvariantContext,
): Promise<Issue[]> {
  const issues: Issue[] = []
  for (const [n, seq] of disputes.entries()) {
    const target = pending.get(seq) ?? (await context.entryAt(seq))
    if (target?.org === org) continue
    issues.push({
      code: 'disputes_unknown_entry',
      path: [...under, 'disputes', n],
      message:
        target === undefined
          ? `entry ${seq} does not exist`
          : `entry ${seq} belongs to ${target.org}, not ${org}`,
    })
  }
  return issues
}
