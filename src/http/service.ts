import type { Ledger } from '../createLedger'
import type { Register } from '../register'

/** What every route reads: the handler's options, checked, with their defaults. */
export interface Service {
  readonly ledger: Ledger
  readonly register: Register
  readonly publicKey: string
  readonly verifierScript: string | undefined
  /** Today's day in China, checked to be a calendar day. */
  readonly today: () => string
  readonly pageSize: number
}
