import type { Issue } from '../errors'

/**
 * The issue when the clock reads earlier than the ledger's last recording moment: the
 * recording times of a ledger only move forward, or "as known at" reads would see an entry
 * before one that was recorded ahead of it.
 */
export function clockIssues(recordedAt: string, last: string | undefined): Issue[] {
  if (last === undefined || Date.parse(recordedAt) >= Date.parse(last)) return []
  return [
    {
      code: 'clock_behind',
      path: ['recordedAt'],
      message: `the clock reads ${recordedAt}, before ${last}, when this ledger last recorded an entry; recording times never go back`,
    },
  ]
}
