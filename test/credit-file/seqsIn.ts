const SEQ_KEYS = new Set([
  'seq',
  'listingSeq',
  'removalSeq',
  'completionSeq',
  'resolutionSeq',
  'revokedBy',
  'voidedBy',
  'downgradedBy',
  'endSeq',
  'answerSeq',
  'recalledBy',
  'returnSeq',
  'certificate',
])

/** Every seq a credit file's items name as the entry behind them. */
export function seqsIn(value: unknown, found: Set<number> = new Set()): Set<number> {
  if (typeof value !== 'object' || value === null) return found
  for (const [key, item] of Object.entries(value)) {
    if (SEQ_KEYS.has(key) && typeof item === 'number') found.add(item)
    else seqsIn(item, found)
  }
  return found
}
