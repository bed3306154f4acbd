/** Proof that one entry is a leaf of the tree of `size`, in a form that travels as JSON. */
export interface InclusionBundle {
  /** The entry's `seq`, which is its leaf index. */
  readonly seq: number
  /** The tree size the proof is for: a checkpoint's size. */
  readonly size: number
  /** Lower-case hex leaf hash of the entry. */
  readonly leafHash: string
  /** Lower-case hex audit path, leaf to root. */
  readonly path: readonly string[]
}

/** Proof that the tree of `oldSize` is a prefix of the tree of `newSize`, as JSON. */
export interface ConsistencyBundle {
  readonly oldSize: number
  readonly newSize: number
  /** Lower-case hex consistency path. */
  readonly path: readonly string[]
}
