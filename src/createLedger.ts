import * as z from 'zod'
import { checkArgument, expectCount, expectString, hasMethods } from './_internal/arguments'
import { type CreditFile, foldCreditFile } from './credit-file'
import {
  disclosingHostTypes,
  nationalDisclosurePolicy,
  type PublicReport,
  type PublicReportOptions,
  publicReport,
} from './disclosure'
import { LedgerError, type Result } from './errors'
import { checkIndicatorSets, type IndicatorSet, nationalIndicatorSets } from './evaluation'
import { type EntryCatalogue, entryCatalogue } from './events/entryCatalogue'
import type { EntryEnvelope } from './events/envelope'
import type { HostEntryType } from './events/hostEntryType'
import type { PersonalData } from './events/personalData'
import { type AppendOptions, type AppendResult, append } from './ledger/append'
import {
  type ApplicableDecision,
  type Applied,
  type ApplyOptions,
  applyDecisions,
} from './ledger/applyDecisions'
import { changedSince } from './ledger/changedSince'
import type { EntryInput } from './ledger/entryInput'
import { type ExportOptions, exportLedger } from './ledger/exportLedger'
import { catchUp, newLedgerState } from './ledger/ledgerState'
import { type ErasureOptions, erasePersonalData, readPersonalRecord } from './ledger/personalData'
import { type ConsistencyBundle, type InclusionBundle, proofsOf } from './ledger/proofs'
import { parseReadOptions, type ReadOptions } from './ledger/readOptions'
import { toLedgerError } from './ledger/toLedgerError'
import { type Signer, signCheckpoint, toHex } from './proof'
import type { EventStore, PersonalRecord } from './store/eventStore'
import { type Clock, systemClock } from './time'

// The facade over the layers: it wires the write path to a store, a clock, a signer and the
// host's entry types, and gives the ledger its public report, so the write path itself never
// reaches up into disclosure.

// What `createLedger` reads of its options before it uses them.
const ledgerOptionsSchema = z.object({
  store: z.custom<EventStore>(hasMethods('append', 'readStream', 'head'), {
    message: 'must be an event store, such as memoryStore()',
  }),
  clock: z.custom<Clock>(hasMethods('now'), { message: 'must be a clock' }).optional(),
  signer: z.custom<Signer>(hasMethods('sign'), { message: 'must be a signer' }).optional(),
  origin: z.string().optional(),
  trustStoredLeaves: z.boolean().optional(),
  entryTypes: z.array(z.unknown()).max(1000).optional(),
  indicatorSets: z.array(z.unknown()).max(1000).optional(),
})

/** What a ledger is built from. */
export interface LedgerOptions {
  /** Where entries live: `memoryStore()`, or a durable adapter. */
  readonly store: EventStore
  /** Source of recording instants; defaults to the system clock. */
  readonly clock?: Clock
  /** Signs checkpoints; without one, `checkpoint()` throws `NO_SIGNER`. */
  readonly signer?: Signer
  /** The log's name in checkpoints, e.g. `ledger.mca.example/beijing`. */
  readonly origin?: string
  /**
   * On opening, take the leaf hashes a durable store keeps beside its entries instead of
   * hashing every entry again: an open of millions of entries takes seconds, not minutes,
   * but a leaf altered together with its entry inside the store goes unnoticed until
   * `verifyLedger` reads the entries. Off by default; stores without leaf hashes ignore it.
   */
  readonly trustStoredLeaves?: boolean
  /**
   * The host's own entry types (`defineEntryType`), accepted beside the built-in catalogue.
   * A store that holds entries of a host type can only be opened with that type.
   */
  readonly entryTypes?: readonly HostEntryType[]
  /**
   * The indicator sets evaluation scores are held to: a score sheet must name one of them, and
   * a preliminary result's or a grade's score must fall in the grade's band under the set in
   * force. Default `nationalIndicatorSets`, whose bands are local practice (EV-27).
   */
  readonly indicatorSets?: readonly IndicatorSet[]
}

/** The size and root of the log as it stands. */
export interface LedgerHead {
  readonly size: number
  /** Lower-case hex Merkle root. */
  readonly root: string
}

/** An organization's integrity record: append entries, read credit files, prove entries. */
export interface Ledger {
  /** The entry types it reads and writes: pass to `creditFileOf`, `importLedger` and the rest. */
  readonly entryTypes: EntryCatalogue
  /** Appends one entry or an atomic batch; throws a `LedgerError` naming what is wrong. */
  append(input: EntryInput | readonly EntryInput[], options?: AppendOptions): Promise<AppendResult>
  /** As `append`, but returns `{ success, data | issues }` instead of throwing for bad input. */
  safeAppend(input: unknown, options?: AppendOptions): Promise<Result<AppendResult>>
  /** The credit file of one organization, as of an effective date and as known at a recording date. */
  creditFile(org: string, options?: ReadOptions): Promise<CreditFile>
  /**
   * One organization's entries in stream order, exactly as stored: the bytes proofs commit
   * to. Entries written under an older payload schema keep it; `ledger.entryTypes.upcast` lifts them.
   */
  entries(org: string): Promise<readonly EntryEnvelope[]>
  /** One entry by its global position, exactly as stored. */
  entry(seq: number): Promise<EntryEnvelope | undefined>
  /** The tree size and root now, with what other writers appended to the store taken in. */
  head(): Promise<LedgerHead>
  /**
   * Signs the current tree head as a checkpoint note, keeps it, and returns it; while the log
   * has not grown, returns the note it signed last.
   */
  checkpoint(): Promise<string>
  /** Proof that entry `seq` is in the tree of `size` (default: now). */
  proveInclusion(seq: number, size?: number): Promise<InclusionBundle>
  /** Proof that the tree of `oldSize` is a prefix of the tree of `newSize` (default: now). */
  proveConsistency(oldSize: number, newSize?: number): Promise<ConsistencyBundle>
  /** The people an entry names, checked against its commitment; undefined once erased. */
  personalData(seq: number): Promise<PersonalData | undefined>
  /**
   * The people an entry names with the salt of their commitment, checked against it;
   * undefined once erased. The salt opens every field: it is for building public reports,
   * never for publication.
   */
  personalRecord(seq: number): Promise<PersonalRecord | undefined>
  /** Erases the people an entry names, recording why; every proof still verifies. */
  erasePersonalData(org: string, seq: number, options: ErasureOptions): Promise<AppendResult>
  /**
   * The ledger and its checkpoints as JSON Lines, one string per line, for `importLedger`:
   * personal data only when asked for. With a signer, first signs a checkpoint of the
   * exported size unless one exists, so the whole export verifies.
   *
   * @example
   * for await (const line of ledger.export()) out.write(`${line}\n`)
   */
  export(options?: ExportOptions): AsyncIterable<string>
  /**
   * Appends the entries decisions propose (automatic ones, and confirmed ones with `confirm`),
   * citing their cause; applying the same decisions twice writes nothing the second time.
   */
  apply<D extends ApplicableDecision>(
    decisions: readonly D[],
    options?: ApplyOptions<D>,
  ): Promise<Applied<D>[]>
  /** The organizations with entries at or after `position` in the log, for incremental sweeps. */
  changedSince(position: number): Promise<readonly string[]>
  /**
   * What the public may see of an organization on a date, each item with its proof and the
   * signed checkpoint it is proved against; check it with `verifyReport`.
   */
  publicReport(org: string, options: Omit<PublicReportOptions, 'signer'>): Promise<PublicReport>
  /** Releases the store. */
  close(): Promise<void>
}

/**
 * Opens a ledger over a store. The ledger reads what the store already holds before its first
 * operation, so it can be created synchronously.
 *
 * @example
 * const ledger = createLedger({ store: memoryStore(), clock: fixedClock('2024-05-31T09:00:00+08:00') })
 * await ledger.append({ org, type: 'AnnualReportFiled', effectiveAt: '2024-05-31', by: 'registrar', data })
 */
export function createLedger(options: LedgerOptions): Ledger {
  checkArgument(ledgerOptionsSchema, options, 'options')
  const state = newLedgerState(
    options.store,
    options.clock ?? systemClock,
    entryCatalogue(options.entryTypes),
    options.indicatorSets === undefined
      ? nationalIndicatorSets
      : checkIndicatorSets(options.indicatorSets),
    options.trustStoredLeaves === true,
  )
  const origin = options.origin ?? options.signer?.name ?? 'integrity-ledger'
  let loaded: Promise<void> | undefined
  const ready = () => {
    loaded ??= state.writes.run(() => catchUp(state))
    return loaded
  }
  // Another process may have appended since this ledger last read the store (a nightly run
  // beside a long-running service): what answers for the log as it stands, its head,
  // checkpoints and proofs, first takes in what was written.
  const current = async () => {
    await ready()
    if ((await state.store.head()) > state.merkle.size) {
      await state.writes.run(() => catchUp(state))
    }
  }
  const proofs = proofsOf(state)

  const ledger: Ledger = {
    entryTypes: state.catalogue,
    async append(input, appendOptions) {
      const result = await ledger.safeAppend(input, appendOptions)
      if (!result.success) throw toLedgerError(result.issues, 'append')
      return result.data
    },
    async safeAppend(input, appendOptions) {
      await ready()
      return append(state, input, appendOptions)
    },
    async creditFile(org, readOptions) {
      expectString(org, 'org')
      const read = parseReadOptions(readOptions)
      await ready()
      const entries = (await state.store.readStream(org)).map(state.catalogue.upcast)
      if (entries.length === 0)
        throw new LedgerError('NOT_FOUND', `${org} has no entries in this ledger`)
      // The ledger's own entries: fold them without the checks a caller's array gets.
      const file = foldCreditFile(entries, { ...read, entryTypes: state.catalogue }, true)
      if (file.version === 0) {
        throw new LedgerError(
          'NOT_FOUND',
          `${org} was not yet known at ${read.knownAt ?? read.asOf}`,
        )
      }
      return file
    },
    async entries(org) {
      expectString(org, 'org')
      await ready()
      return state.store.readStream(org)
    },
    async entry(seq) {
      expectCount(seq, 'seq')
      await ready()
      return state.store.readEntry(seq)
    },
    async head() {
      await current()
      return { size: state.merkle.size, root: toHex(state.merkle.root()) }
    },
    async checkpoint() {
      if (!options.signer)
        throw new LedgerError('NO_SIGNER', 'this ledger was created without a signer')
      const signer = options.signer
      await current()
      return state.writes.run(async () => {
        const size = state.merkle.size
        // A tree head signs to the same note every time (Ed25519 is deterministic), so a log
        // that has not grown keeps its checkpoint: a public report per query signs nothing.
        if (state.lastCheckpoint?.size === size) return state.lastCheckpoint.note
        const note = signCheckpoint({ origin, size, root: state.merkle.root() }, signer)
        await state.store.saveCheckpoint({ size, note })
        state.lastCheckpoint = { size, note }
        return note
      })
    },
    async proveInclusion(seq, size) {
      expectCount(seq, 'seq')
      if (size !== undefined) expectCount(size, 'size')
      await current()
      return proofs.inclusion(seq, size)
    },
    async proveConsistency(oldSize, newSize) {
      expectCount(oldSize, 'oldSize')
      if (newSize !== undefined) expectCount(newSize, 'newSize')
      await current()
      return proofs.consistency(oldSize, newSize)
    },
    async personalData(seq) {
      expectCount(seq, 'seq')
      await ready()
      return (await readPersonalRecord(state, seq))?.people
    },
    async personalRecord(seq) {
      expectCount(seq, 'seq')
      await ready()
      return readPersonalRecord(state, seq)
    },
    async erasePersonalData(org, seq, erasure) {
      await ready()
      return erasePersonalData(state, (input) => ledger.append(input), org, seq, erasure)
    },
    export(exportOptions) {
      return exportLedger({ state, ready, signer: options.signer, origin }, exportOptions)
    },
    async apply(decisions, applyOptions) {
      return applyDecisions(ledger, decisions, applyOptions)
    },
    async changedSince(position) {
      expectCount(position, 'position')
      await ready()
      return changedSince(state.store, position)
    },
    publicReport(org, reportOptions) {
      const signer = options.signer ? { signer: options.signer } : {}
      const hostTypes = state.catalogue.hostTypes
      // Host types are shown as they declare, unless the caller's own policy says otherwise.
      const policy =
        reportOptions?.policy === undefined && hostTypes.length > 0
          ? { policy: disclosingHostTypes(nationalDisclosurePolicy, hostTypes) }
          : {}
      return publicReport(ledger, org, { ...reportOptions, ...policy, ...signer })
    },
    async close() {
      await state.store.close()
    },
  }
  return ledger
}
