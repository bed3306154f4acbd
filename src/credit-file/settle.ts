import type { CreditFileDraft } from './creditFile'
import { settleStatus } from './sections/closure'
import { settleGrade } from './sections/grade'
import { settleLists } from './sections/lists'

/**
 * Works out the fields that summarise others (status, grade validity, list flags). Both paths
 * run it once after folding, so the summaries never depend on how the entries were batched.
 */
export function settle(draft: CreditFileDraft): void {
  settleStatus(draft)
  settleGrade(draft)
  settleLists(draft)
}
