import type { PublicReport } from '../disclosure'
import { isLedgerError } from '../errors'
import { parseCheckpoint, toHex } from '../proof'
import { CACHE, type CachePolicy } from './caching'
import type { Service } from './service'

/** A report about to be built: its `ETag` and caching known first, so a 304 builds nothing. */
export interface ReportLookup {
  readonly etag: string
  readonly cache: CachePolicy
  /** The report proved against the checkpoint the tag names; `undefined` for an unknown organization. */
  build(): Promise<PublicReport | undefined>
}

/**
 * The public report of `org` on `day`, pinned to the log's latest signed checkpoint. Its tag is
 * the checkpoint's size and root, the day and the representation (`variant`): the same tag
 * means the same report, so a past day's report is cached long and revalidated cheaply.
 */
export async function organizationReport(
  service: Service,
  org: string,
  day: string,
  variant: string,
): Promise<ReportLookup> {
  const note = await service.ledger.checkpoint()
  const parsed = parseCheckpoint(note)
  if (!parsed.success) throw new Error('the ledger signed a checkpoint that does not parse')
  const { size, root } = parsed.data
  return {
    etag: `"${size}-${toHex(root).slice(0, 32)}-${day}-${variant}"`,
    cache: day < service.today() ? CACHE.pastDay : CACHE.current,
    async build() {
      try {
        return await service.ledger.publicReport(org, { asOf: day, checkpoint: note })
      } catch (error) {
        if (isLedgerError(error) && error.code === 'UNKNOWN_ORGANIZATION') return undefined
        throw error
      }
    },
  }
}
