import { LedgerError } from '../errors'
import type { ConsistencyBundle, InclusionBundle } from '../proof'
import { toHex } from '../proof'
import type { LedgerState } from './ledgerState'

export type { ConsistencyBundle, InclusionBundle }

/** Inclusion and consistency proofs from the ledger's Merkle log, with positions checked. */
export function proofsOf(state: LedgerState): {
  inclusion(seq: number, size?: number): InclusionBundle
  consistency(oldSize: number, newSize?: number): ConsistencyBundle
} {
  const sizeOr = (size: number | undefined, name: string): number => {
    const chosen = size ?? state.merkle.size
    if (!Number.isInteger(chosen) || chosen < 0 || chosen > state.merkle.size) {
      throw new LedgerError(
        'INVALID_INPUT',
        `${name} must be a whole number from 0 to ${state.merkle.size}`,
        [
          {
            code: 'out_of_range',
            path: [name],
            message: `${chosen} is not a tree size of this ledger`,
          },
        ],
      )
    }
    return chosen
  }
  return {
    inclusion(seq, size) {
      const treeSize = sizeOr(size, 'size')
      if (!Number.isInteger(seq) || seq < 0 || seq >= treeSize) {
        throw new LedgerError('NOT_FOUND', `entry ${seq} is not in the tree of size ${treeSize}`, [
          {
            code: 'out_of_range',
            path: ['seq'],
            message: `expected a seq from 0 to ${treeSize - 1}`,
          },
        ])
      }
      return {
        seq,
        size: treeSize,
        leafHash: toHex(state.merkle.leaf(seq)),
        path: state.merkle.inclusionProof(seq, treeSize).map(toHex),
      }
    },
    consistency(oldSize, newSize) {
      const to = sizeOr(newSize, 'newSize')
      const from = sizeOr(oldSize, 'oldSize')
      if (from > to) {
        throw new LedgerError('INVALID_INPUT', `oldSize ${from} is larger than newSize ${to}`, [
          {
            code: 'out_of_range',
            path: ['oldSize'],
            message: 'the old tree cannot be larger than the new one',
          },
        ])
      }
      return {
        oldSize: from,
        newSize: to,
        path: state.merkle.consistencyProof(from, to).map(toHex),
      }
    },
  }
}
