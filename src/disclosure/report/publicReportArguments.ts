import { kindOf, quoted } from '../../_internal/arguments'
import { underPath } from '../../_internal/issues'
import { type Issue, LedgerError, type PlainIssueCode } from '../../errors'
import { parseOrganizationId } from '../../identity'
import { nationalDisclosurePolicy } from '../../policies'
import { type ParsedCheckpoint, parseCheckpoint, type Signer, verifyCheckpoint } from '../../proof'
import { type DisclosurePolicy, safeDisclosurePolicy } from '../../rules'
import { dayOf, isIsoDate, isIsoInstant } from '../../time'
import type { ReportSource } from './publicReport'

/** The arguments of `publicReport`, each checked: what the report is built from. */
export interface ReportArguments {
  readonly source: ReportSource
  readonly org: string
  /** The day shown. */
  readonly asOf: string
  /** The checked copy of the policy given, or the national policy. */
  readonly policy: DisclosurePolicy
  readonly signer: Signer
  /** A checkpoint the caller gave, its signature verified by the signer's key. */
  readonly checkpoint?: { readonly note: string; readonly parsed: ParsedCheckpoint }
}

/**
 * Checks everything `publicReport` is given before it reads or signs anything: the source's
 * methods, the organization id (`INVALID_ORGANIZATION_ID`), the options (`NO_SIGNER`,
 * `INVALID_INPUT` naming the option, the policy through its schema), and a checkpoint given,
 * whose signature must verify under the signer's key (`VERIFICATION_FAILED`).
 */
export function reportArguments(source: unknown, org: unknown, options: unknown): ReportArguments {
  const methods = ['entries', 'checkpoint', 'proveInclusion'] as const
  const record = source as Record<string, unknown> | null
  if (
    typeof source !== 'object' ||
    record === null ||
    methods.some((name) => typeof record[name] !== 'function') ||
    (record.personalRecord !== undefined && typeof record.personalRecord !== 'function')
  ) {
    invalid('invalid_type', ['source'], `the source must be a ledger, not ${kindOf(source)}`)
  }
  const id = parseOrganizationId(org as string)
  if (!id.success) {
    const issues = underPath(id.issues, ['org'])
    throw new LedgerError('INVALID_ORGANIZATION_ID', `org: ${issues[0]?.message}`, issues)
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    invalid('invalid_type', ['options'], `options must be an object, not ${kindOf(options)}`)
  }
  const given = options as Record<string, unknown>
  const signer = given.signer
  if (signer === undefined)
    throw new LedgerError('NO_SIGNER', 'a public report is signed by the log’s key')
  if (!isSigner(signer)) {
    invalid('invalid_type', ['signer'], 'signer must be { name, publicKey (32 bytes), sign }')
  }
  const asOf = given.asOf
  if (typeof asOf !== 'string' || (!isIsoDate(asOf) && !isIsoInstant(asOf))) {
    const message = `asOf must be a date as YYYY-MM-DD or an instant, not ${quoted(asOf)}`
    invalid('invalid_format', ['asOf'], message)
  }
  const policy = safeDisclosurePolicy(given.policy ?? nationalDisclosurePolicy, ['policy'])
  if (!policy.success) {
    const first = policy.issues[0]
    const message = `not a disclosure policy: ${first?.path.join('.')}: ${first?.message}`
    throw new LedgerError('INVALID_INPUT', message, policy.issues)
  }
  const checked = {
    source: source as ReportSource,
    org: org as string,
    asOf: dayOf(asOf),
    policy: policy.data,
    signer,
  }
  const note = given.checkpoint
  if (note === undefined) return checked
  return { ...checked, checkpoint: givenCheckpoint(note, signer) }
}

function givenCheckpoint(
  note: unknown,
  signer: Signer,
): { note: string; parsed: ParsedCheckpoint } {
  if (typeof note !== 'string') {
    invalid('invalid_type', ['checkpoint'], `checkpoint must be a note, not ${kindOf(note)}`)
  }
  const parsed = parseCheckpoint(note)
  if (!parsed.success) {
    throw new LedgerError(
      'INVALID_INPUT',
      'the checkpoint does not parse',
      underPath(parsed.issues, ['checkpoint']),
    )
  }
  const signed = verifyCheckpoint(note, signer.publicKey, { keyName: signer.name })
  if (!signed.success) {
    const issues = underPath(signed.issues, ['checkpoint'])
    const message = `the checkpoint is not signed by ${signer.name}: ${issues[0]?.message}`
    throw new LedgerError('VERIFICATION_FAILED', message, issues)
  }
  return { note, parsed: parsed.data }
}

function isSigner(value: unknown): value is Signer {
  const signer = value as Partial<Signer> | null
  return (
    typeof value === 'object' &&
    signer !== null &&
    typeof signer.name === 'string' &&
    typeof signer.sign === 'function' &&
    signer.publicKey instanceof Uint8Array &&
    signer.publicKey.length === 32
  )
}

function invalid(issue: PlainIssueCode, path: Issue['path'], message: string): never {
  throw new LedgerError('INVALID_INPUT', message, [{ code: issue, path, message }])
}
