import * as z from 'zod'
import { checkArgument } from '../_internal/arguments'
import { LedgerError } from '../errors'
import { builtInCatalogue, type EntryCatalogue } from '../events'
import { parseOrganizationId } from '../identity'
import type { EventStore } from '../store'
import {
  type CatchUpOptions,
  type CatchUpResult,
  catchUpRegister,
  type RegisterReading,
} from './catchUpRegister'
import { memoryRegisterStore } from './memoryRegisterStore'
import {
  catchUpArgumentsSchema,
  changeArgumentsSchema,
  followArgumentsSchema,
  listArgumentsSchema,
  listNameSchema,
  onArgumentsSchema,
  registerOptionsSchema,
  searchArgumentsSchema,
} from './registerArguments'
import type { RegisterList, RegisterRecord } from './registerRecord'
import type { ListedRow, RegisterPage, RegisterStatistics, RegisterStore } from './registerStore'
import { type StatisticsChange, statisticsChange } from './statisticsChange'

/** The log a register reads, and where it keeps its read models. */
export interface RegisterOptions {
  /** The ledger's store. */
  readonly store: EventStore
  /** Default: plain structures in memory (`memoryRegisterStore()`). */
  readonly readModels?: RegisterStore
  /** Entries read per update while catching up a small lag (default 5,000). */
  readonly pageSize?: number
  /** The ledger's entry types (`ledger.entryTypes`), needed when it has host types. */
  readonly entryTypes?: EntryCatalogue
}

/** A page of a query: where it starts (default 0) and its length (default 50, at most 1,000). */
export interface PageOptions {
  readonly offset?: number
  readonly limit?: number
}

/** The register: every organization's directory record, the published lists and counts. */
export interface Register {
  /** Applies every entry the read models have not seen yet. */
  catchUp(options?: CatchUpOptions): Promise<CatchUpResult>
  /** Catches up, then applies new entries as they are committed, until the signal aborts. */
  follow(options: { readonly signal: AbortSignal }): Promise<CatchUpResult>
  /** Forgets the read models and builds them again from the first entry. */
  rebuild(options?: CatchUpOptions): Promise<CatchUpResult>
  /** How many entries the read models are behind the log. */
  lag(): Promise<number>
  /** One organization by its USCC or filing id; `INVALID_ORGANIZATION_ID` for neither. */
  organization(org: string): Promise<RegisterRecord | undefined>
  /** Organizations by an id, or by part of the name now or a former name, best first. */
  search(text: string, page?: PageOptions): Promise<RegisterPage<RegisterRecord>>
  /** The abnormal or the serious list as it stood on a day. */
  listed(
    list: RegisterList,
    query: {
      readonly on: string
      readonly registrar?: string
      readonly division?: string
    } & PageOptions,
  ): Promise<RegisterPage<ListedRow>>
  /** Counts by status, kind, division, registrar level, grade and list on a day. */
  statistics(query: { readonly on: string }): Promise<RegisterStatistics>
  /** The counts on two days and their difference. */
  statisticsChange(query: { readonly from: string; readonly to: string }): Promise<StatisticsChange>
  /** Closes the read models' store (not the log's). */
  close(): Promise<void>
}

/**
 * A register over a ledger's store, with read models kept current from its log: call `catchUp`
 * before reading, or run `follow` in the background. Queries read the models as they stand.
 *
 * @example
 * const register = createRegister({ store })
 * await register.catchUp()
 * const page = await register.listed('abnormal', { on: '2024-06-30' })
 */
export function createRegister(options: RegisterOptions): Register {
  checkArgument(registerOptionsSchema, options, 'options')
  const { store, pageSize = 5000 } = options
  const reading = { pageSize, catalogue: options.entryTypes ?? builtInCatalogue }
  const models = options.readModels ?? memoryRegisterStore()
  const checked = (raw: CatchUpOptions | undefined) =>
    checkArgument(catchUpArgumentsSchema, raw ?? {}, 'options')
  return {
    catchUp: async (raw) => {
      const options = checked(raw)
      return models.exclusive(() => catchUpRegister(store, models, reading, options))
    },
    follow: (raw) => follow(store, models, reading, raw),
    rebuild: async (raw) => {
      const options = checked(raw)
      return models.exclusive(async () => {
        await models.clear()
        return catchUpRegister(store, models, reading, options)
      })
    },
    lag: async () => (await store.head()) - (await models.position()),
    async organization(org) {
      const id = parseOrganizationId(checkArgument(z.string(), org, 'org'))
      if (!id.success) {
        const issues = id.issues.map((issue) => ({ ...issue, path: ['org', ...issue.path] }))
        const reason = issues[0]?.message ?? 'is not a valid id'
        throw new LedgerError('INVALID_ORGANIZATION_ID', `org: ${reason}`, issues)
      }
      return models.record(id.data.code)
    },
    async search(text, page) {
      const query = checkArgument(searchArgumentsSchema, { text, ...page }, 'query')
      const trimmed = query.text.trim()
      const id = parseOrganizationId(trimmed)
      if (id.success) {
        const record = await models.record(id.data.code)
        return { total: record ? 1 : 0, items: record ? [record] : [] }
      }
      return models.search({ text: trimmed, offset: query.offset ?? 0, limit: query.limit ?? 50 })
    },
    async listed(list, raw) {
      const name = checkArgument(listNameSchema, list, 'list')
      const query = checkArgument(listArgumentsSchema, raw, 'query')
      return models.listed({
        list: name,
        on: query.on,
        offset: query.offset ?? 0,
        limit: query.limit ?? 50,
        ...(query.registrar === undefined ? {} : { registrar: query.registrar }),
        ...(query.division === undefined ? {} : { division: query.division }),
      })
    },
    async statistics(raw) {
      return models.statistics(checkArgument(onArgumentsSchema, raw, 'query').on)
    },
    async statisticsChange(raw) {
      const { from, to } = checkArgument(changeArgumentsSchema, raw, 'query')
      return statisticsChange(await models.statistics(from), await models.statistics(to))
    },
    close: () => models.close(),
  }
}

async function follow(
  store: EventStore,
  models: RegisterStore,
  reading: RegisterReading,
  raw: { readonly signal: AbortSignal },
): Promise<CatchUpResult> {
  const { signal } = checkArgument(followArgumentsSchema, raw, 'options')
  return models.exclusive(async () => {
    let result = await catchUpRegister(store, models, reading, { signal })
    try {
      if (store.tail === undefined) {
        // A store that cannot be followed is looked at again every so often.
        while (!signal.aborted) {
          await pause(POLL_MS, signal)
          result = await catchUpRegister(store, models, reading, { signal })
        }
      } else {
        // The tail only says that something was committed; the catch-up reads it.
        for await (const _ of store.tail(result.position, { signal, pageSize: reading.pageSize })) {
          result = await catchUpRegister(store, models, reading, { signal })
        }
      }
    } catch (error) {
      if (!signal.aborted) throw error
    }
    return { ...result, stopped: true }
  })
}

/** How often a register following a store without `tail` looks for new entries, in ms. */
const POLL_MS = 250

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    signal.addEventListener('abort', done, { once: true })
    function done() {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
  })
}
