import { produce } from 'immer'
import { checkArgument } from '../_internal/arguments'
import { LedgerError } from '../errors'
import type { Entry } from '../events'
import { builtInCatalogue, type EntryCatalogue } from '../events'
import type { CreditFile } from './creditFile'
import { creditFileOf } from './creditFileOf'
import { foldEntry } from './foldEntry'
import { foldedEntriesSchema, foldedEntrySchema, foldedFileSchema } from './foldInputs'
import { reachesBack } from './reachesBack'
import { type CreditFileOptions, readWindow, shows } from './readWindow'
import { settle } from './settle'

/**
 * The file after one more entry, with the same steps as `creditFileOf` run on an immer draft,
 * so unchanged sections are shared with `file`. The file's own `asOf` and `knownAt` still
 * apply: an entry they hide changes nothing.
 *
 * An entry that reaches back (see `reachesBack`) is folded by refolding `earlier`, the entries
 * already folded into `file`, with it: the simplest way to stay equal to a full fold when a
 * retraction or correction changes what earlier steps did. Without `earlier` it throws
 * `INVALID_INPUT`. A ledger with host types passes its `entryTypes` last.
 *
 * @example
 * let file = creditFileOf([])
 * for (const entry of entries) file = evolve(file, entry, seen)
 */
export function evolve(
  file: CreditFile,
  entry: Entry,
  earlier?: readonly Entry[],
  entryTypes: EntryCatalogue = builtInCatalogue,
): CreditFile {
  checkArgument(foldedFileSchema, file, 'file')
  checkArgument(foldedEntrySchema, entry, 'entry')
  if (earlier !== undefined) checkArgument(foldedEntriesSchema, earlier, 'earlier')
  if (!shows(readWindow(file.asOf, file.knownAt), entry)) return file
  if (reachesBack(file, entry)) {
    if (earlier === undefined) {
      const message = `entry ${entry.seq} (${entry.type}) reaches back before the file's last entry; pass the earlier entries to refold`
      throw new LedgerError('INVALID_INPUT', message, [
        { code: 'reaches_back', path: ['entry'], message },
      ])
    }
    return creditFileOf([...earlier, entry], { ...optionsOf(file), entryTypes })
  }
  return produce(file, (draft) => {
    foldEntry(draft, entry, undefined, entryTypes)
    settle(draft)
  })
}

function optionsOf(file: CreditFile): CreditFileOptions {
  return {
    ...(file.asOf === null ? {} : { asOf: file.asOf }),
    ...(file.knownAt === null ? {} : { knownAt: file.knownAt }),
  }
}
