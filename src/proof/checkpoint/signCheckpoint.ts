import type { Signer } from '../note/signer'
import { signNote } from '../note/signNote'
import { type Checkpoint, checkpointText } from './checkpoint'

/**
 * The checkpoint as a C2SP signed note, signed by `signer`: what a log publishes and what
 * `verifyCheckpoint` checks. Throws `INVALID_INPUT` for a field a checkpoint cannot carry.
 *
 * @example
 * const note = signCheckpoint({ origin: 'ledger.example/cn', size: log.size, root: log.root() }, signer)
 */
export function signCheckpoint(checkpoint: Checkpoint, signer: Signer): string {
  return signNote(checkpointText(checkpoint), [signer])
}
