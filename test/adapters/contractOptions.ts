import type { StoreContractOptions } from '../../src/testing'

/**
 * The contract's load, raised from the environment to push a store harder than the default
 * run does: CONTRACT_WRITERS, CONTRACT_LEDGERS (ledgers on streams of their own), CONTRACT_BATCH (entries per large batch), CONTRACT_TIMEOUT_MS.
 */
export function contractOptions(): StoreContractOptions {
  const read = (name: string): number | undefined => {
    const value = process.env[name]
    return value === undefined || value === '' ? undefined : Number(value)
  }
  const writers = read('CONTRACT_WRITERS')
  const ledgers = read('CONTRACT_LEDGERS')
  const batchSize = read('CONTRACT_BATCH')
  const timeoutMs = read('CONTRACT_TIMEOUT_MS')
  return {
    ...(writers !== undefined ? { writers } : {}),
    ...(ledgers !== undefined ? { ledgers } : {}),
    ...(batchSize !== undefined ? { batchSize } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
  }
}
