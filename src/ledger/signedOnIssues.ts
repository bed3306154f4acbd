import type { Issue } from '../errors'

/**
 * The issues of the day a notice was signed for: not before the day it was served, and not
 * after the day it is recorded (first recorded, for a migrated entry), since the ledger records
 * a signature that has happened. `path` leads to the `signedOn` field; days are China days.
 */
export function signedOnIssues(
  signedOn: string | undefined,
  servedOn: string,
  recordedOn: string,
  path: readonly (string | number)[],
): Issue[] {
  if (signedOn === undefined) return []
  if (signedOn < servedOn) {
    return [
      {
        code: 'signed_before_served',
        path: [...path],
        message: `a notice served on ${servedOn} cannot have been signed for on ${signedOn}, before it was served`,
      },
    ]
  }
  if (signedOn > recordedOn) {
    return [
      {
        code: 'signed_after_recording',
        path: [...path],
        message: `a signature on ${signedOn} is recorded on ${recordedOn}, before it has happened`,
      },
    ]
  }
  return []
}
