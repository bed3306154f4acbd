import { LedgerError } from '../../errors'
import type { EntryEnvelope, PersonalData } from '../../events'
import { builtInCatalogue, type EntryCatalogue } from '../../events'
import type { InclusionBundle } from '../../proof'
import {
  type DisclosedEntry,
  type DisclosedPeople,
  discloseEntry,
  disclosePeople,
  parseCheckpoint,
  peopleCommitments,
  peopleHash,
  type Signer,
  signNote,
  toHex,
} from '../../proof'
import type { DisclosurePolicy, PolicyDocument } from '../../rules'
import { disclosurePolicyHash } from '../../rules'
import { dayOf } from '../../time'
import { publicView } from '../policy/publicView'
import { personFieldVisibilityOf } from '../policy/visibilityOf'
import { checkpointInLedger } from '../verify/checkpointInLedger'
import { itemNotes } from './itemNotes'
import { reportArguments } from './publicReportArguments'
import type { ReportItem } from './reportItem'
import { type ReportSection, reportSections, sectionOf } from './reportSections'
import { REPORT_FORMAT, reportStatementText } from './reportStatement'

/**
 * What the public may see of one organization's credit file on a date, each item proved
 * against a signed checkpoint, the whole signed by the log's key. Plain JSON.
 */
export interface PublicReport {
  readonly format: typeof REPORT_FORMAT
  readonly org: string
  /** The day the record is shown as of, as it stands at the checkpoint. */
  readonly asOf: string
  readonly policy: { readonly id: string; readonly version: string; readonly hash: string }
  /** The C2SP checkpoint note every item is proved against. */
  readonly checkpoint: string
  /** Items by section, each in effective order. */
  readonly sections: Readonly<Record<ReportSection, readonly ReportItem[]>>
  /** A signed note over the rest of the report (see `reportStatementText`). */
  readonly statement: string
}

/** What a report is built from: a `Ledger` has all of it. */
export interface ReportSource {
  /** One organization's entries exactly as stored. */
  entries(org: string): Promise<readonly EntryEnvelope[]>
  /** Signs a checkpoint of the log as it stands. */
  checkpoint(): Promise<string>
  /** Proof that entry `seq` is in the tree of `size`. */
  proveInclusion(seq: number, size?: number): Promise<InclusionBundle>
  /**
   * The people entry `seq` names and the salt of their commitment, or `undefined` once
   * erased: read only for entries whose people the policy shows in part. A source without it
   * shows no people.
   */
  personalRecord?(
    seq: number,
  ): Promise<{ readonly salt: Uint8Array; readonly people: PersonalData } | undefined>
}

/** How to build a public report. */
export interface PublicReportOptions {
  /** The day to show the record as of (an instant counts as its day in China). */
  readonly asOf: string
  /**
   * The disclosure policy, checked by its schema, or a rules pack that carries one (`cnPolicy`
   * carries `nationalDisclosurePolicy`); `nationalDisclosurePolicy` by default.
   */
  readonly policy?: DisclosurePolicy | PolicyDocument
  /** Signs the report's statement: the log's own signer, whose key also signs checkpoints. */
  readonly signer?: Signer
  /**
   * A checkpoint note to prove against, signed by `signer`'s key over the source's root at its
   * size; a fresh one from the source by default.
   */
  readonly checkpoint?: string
}

/**
 * The public report of `org` on `asOf`: the entries `publicView` lets the public see, each
 * cut down to its public fields with the commitments and salts that still let its leaf be
 * recomputed, its inclusion proof at the checkpoint, its notes, and the people fields the
 * policy shows with the commitments that prove them. Everything given is checked before
 * anything is read or signed: `NO_SIGNER` without a signer; `INVALID_ORGANIZATION_ID` for an
 * id that is neither a valid USCC nor a filing id; `INVALID_INPUT` naming the option for a
 * malformed date, policy (through its schema, so `policy.people.0.roles`) or checkpoint;
 * `VERIFICATION_FAILED` for a checkpoint given that the signer's key did not sign or whose
 * root is not the ledger's at its size, and when the people held for an entry do not open
 * its `personalHash`; `UNKNOWN_ORGANIZATION` for an organization with no entry in the log
 * (at the checkpoint's size), rather than an empty record.
 *
 * @example
 * const report = await publicReport(ledger, org, { asOf: '2024-06-30', signer })
 * verifyReport(report, { publicKey: signer.publicKey }).success // true
 */
export async function publicReport(
  source: ReportSource,
  org: string,
  options: PublicReportOptions,
): Promise<PublicReport> {
  const given = reportArguments(source, org, options)
  const { asOf, policy, signer } = given
  // Read before a fresh checkpoint is signed, so an unknown organization leaves the log as it was.
  const held = await source.entries(org)
  if (held.length === 0) unknown(org, 'this ledger')
  let checkpoint: string
  let size: number
  if (given.checkpoint === undefined) {
    checkpoint = await source.checkpoint()
    const parsed = parseCheckpoint(checkpoint)
    if (!parsed.success) {
      throw new LedgerError('INVALID_INPUT', 'the checkpoint does not parse', parsed.issues)
    }
    size = parsed.data.size
  } else {
    await checkpointInLedger(source, given.checkpoint.parsed)
    checkpoint = given.checkpoint.note
    size = given.checkpoint.parsed.size
  }
  const entries = held.filter((entry) => entry.seq < size)
  if (entries.length === 0) unknown(org, `the log at its checkpoint of size ${size}`)
  const disclosed: DisclosedEntry[] = []
  const entryTypes = (source as { entryTypes?: EntryCatalogue }).entryTypes ?? builtInCatalogue
  for (const item of publicView(entries, policy, asOf, entryTypes)) {
    const entry = discloseEntry(item.entry, item.shows)
    if (entry !== undefined) disclosed.push(entry)
  }
  const notes = itemNotes(disclosed)
  const sections = Object.fromEntries(reportSections.map((name) => [name, [] as ReportItem[]]))
  for (const entry of disclosed.sort(byEffectiveDay)) {
    const proof = await source.proveInclusion(entry.seq, size)
    const people = await peopleOf(source, entry, policy)
    sections[sectionOf(entry.type)]?.push({
      entry,
      proof,
      notes: notes.get(entry.seq) ?? [],
      ...(people === undefined ? {} : { people }),
    })
  }
  const body: Omit<PublicReport, 'statement'> = {
    format: REPORT_FORMAT,
    org,
    asOf,
    policy: { id: policy.id, version: policy.version, hash: disclosurePolicyHash(policy) },
    checkpoint,
    sections: sections as Record<ReportSection, ReportItem[]>,
  }
  return { ...body, statement: signNote(reportStatementText(body, size), [signer]) }
}

function unknown(org: string, where: string): never {
  const message = `${org} has no entries in ${where}: no such organization`
  throw new LedgerError('UNKNOWN_ORGANIZATION', message, [
    { code: 'unknown_organization', path: ['org'], message },
  ])
}

// Read only when a rule could show someone, so a policy that shows no people reads no record.
async function peopleOf(
  source: ReportSource,
  entry: DisclosedEntry,
  policy: DisclosurePolicy,
): Promise<DisclosedPeople | undefined> {
  if (entry.personalHash === undefined) return undefined
  const rules = (policy.people ?? []).filter(
    (rule) => rule.types === undefined || (rule.types as readonly string[]).includes(entry.type),
  )
  if (rules.length === 0 || source.personalRecord === undefined) return undefined
  const record = await source.personalRecord(entry.seq)
  if (record === undefined) return undefined
  const tree = peopleCommitments(record.people, toHex(record.salt))
  if (toHex(peopleHash(tree)) !== entry.personalHash) {
    throw new LedgerError(
      'VERIFICATION_FAILED',
      `the personal data held for entry ${entry.seq} does not match its commitment`,
    )
  }
  return disclosePeople(
    record,
    (role, field) => personFieldVisibilityOf(policy, entry.type, role, field) === 'public',
  )
}

function byEffectiveDay(a: DisclosedEntry, b: DisclosedEntry): number {
  const dayA = dayOf(a.effectiveAt)
  const dayB = dayOf(b.effectiveAt)
  return dayA === dayB ? a.seq - b.seq : dayA < dayB ? -1 : 1
}
