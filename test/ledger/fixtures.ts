import { createLedger, type Ledger } from '../../src/createLedger'
import type { EntryInput } from '../../src/ledger/entryInput'
import { ed25519Signer, type Signer } from '../../src/proof'
import { memoryStore } from '../../src/store'
import type { EventStore } from '../../src/store/eventStore'
import { type Clock, fixedClock } from '../../src/time'

/** Three real-form codes: a social group, a social service organization and a foundation. */
export const GROUP = '51310116MJ4A001370'
export const SERVICE = '52310116MJ4B101250'
export const FOUNDATION = '53310000MJ4C200849'
export const FILED = 'F-310116-2021-0042'

export const SECRET: Uint8Array = new Uint8Array(32).fill(11)
export const signer: Signer = ed25519Signer('ledger.test/jinshan', SECRET)

// Ledgers over one store share its clock, as processes sharing a database share the time.
const clocks = new WeakMap<EventStore, Clock>()

/** A ledger over a fresh memory store whose clock ticks one second per read. */
export function newLedger(store: EventStore = memoryStore()): {
  ledger: Ledger
  store: EventStore
} {
  let clock = clocks.get(store)
  if (!clock) {
    clock = fixedClock('2024-01-01T00:00:00Z', 1000)
    clocks.set(store, clock)
  }
  const ledger = createLedger({ store, clock, signer })
  return { ledger, store }
}

/** A registration of `org` whose kind matches its code. */
export function registration(org: string, effectiveAt = '2016-03-01'): EntryInput {
  const kind = org.startsWith('51')
    ? 'social_group'
    : org.startsWith('52')
      ? 'social_service_organization'
      : 'foundation'
  return {
    org,
    type: 'OrganizationRegistered',
    effectiveAt,
    by: '上海市金山区民政局',
    data: {
      name: '金山卫镇老年协会',
      kind,
      registrar: '上海市金山区民政局',
      registrarLevel: 'county',
      domicile: '上海市金山区金山卫镇卫通路1号',
      registeredFunds: 30000,
      certificateNumber: '沪金社证字第0013号',
    },
    personal: [{ role: 'legal_representative', name: '王建国', idNumber: '310228195501010011' }],
  }
}

/** Everything a store holds, for before-and-after comparisons. */
export async function snapshot(store: EventStore): Promise<unknown> {
  const entries: unknown[] = []
  for await (const page of store.readAll()) entries.push(...page)
  return { head: await store.head(), entries, checkpoints: await store.checkpoints() }
}

/** An annual report of `org` for `year`, filed on `filedOn`. */
export function annualReport(org: string, year: number, filedOn = `${year + 1}-05-20`): EntryInput {
  return {
    org,
    type: 'AnnualReportFiled',
    effectiveAt: filedOn,
    by: org,
    data: { year, filedWith: 'registrar', financials: { income: 120000, expenditure: 98000 } },
  }
}

/** A warning for `org`, decided on `decidedOn`. */
export function warning(org: string, decidedOn = '2020-08-10'): EntryInput {
  return {
    org,
    type: 'PenaltyImposed',
    effectiveAt: decidedOn,
    by: '上海市金山区民政局',
    ref: '金民罚字〔2020〕3号',
    data: {
      sanctions: [{ kind: 'warning' }],
      ground: 'change_not_filed',
      violated: { instrument: '社会团体登记管理条例', article: '第三十条' },
      facts: '法定代表人变更后未按规定办理变更登记',
      department: '上海市金山区民政局',
      decidedOn,
    },
  }
}

/** The deregistration (注销) of `org`. */
export function deregistration(org: string, effectiveAt = '2023-12-01'): EntryInput {
  return {
    org,
    type: 'Deregistered',
    effectiveAt,
    by: '上海市金山区民政局',
    data: { reason: 'dissolution', department: '上海市金山区民政局' },
  }
}
