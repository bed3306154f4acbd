import { LedgerError } from '../errors'

/** The `STORE_FAILURE` a durable store throws when its database fails, with the cause kept. */
export function storeFailure(action: string, cause: unknown): LedgerError {
  if (cause instanceof LedgerError) return cause
  const reason = cause instanceof Error ? cause.message : String(cause)
  return new LedgerError('STORE_FAILURE', `${action} failed: ${reason}`, [], { cause })
}

/** Runs a synchronous database call, turning what it throws into `storeFailure(action, …)`. */
export function guard<T>(action: string, run: () => T): T {
  try {
    return run()
  } catch (cause) {
    throw storeFailure(action, cause)
  }
}
