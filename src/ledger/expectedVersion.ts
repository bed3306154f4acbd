import type { Issue } from '../errors'

/**
 * What the caller believes about a stream before appending: `any` (no check), `no_stream`
 * (it must not exist yet), `stream_exists`, or the exact last version.
 */
export type ExpectedVersion = 'any' | 'no_stream' | 'stream_exists' | number

/** One expectation for every stream of a batch, or one per organization id. */
export type ExpectedVersions = ExpectedVersion | Readonly<Record<string, ExpectedVersion>>

/** The expectation for one organization, `any` when the caller named none. */
export function expectationFor(
  expected: ExpectedVersions | undefined,
  org: string,
): ExpectedVersion {
  if (expected === undefined) return 'any'
  if (typeof expected === 'object') return expected[org] ?? 'any'
  return expected
}

/** An issue when `current` (0 for no stream) does not meet the expectation, else undefined. */
export function versionConflict(
  org: string,
  expected: ExpectedVersion,
  current: number,
): Issue | undefined {
  const met =
    expected === 'any' ||
    (expected === 'no_stream' && current === 0) ||
    (expected === 'stream_exists' && current > 0) ||
    expected === current
  if (met) return undefined
  const wanted =
    expected === 'no_stream'
      ? 'no stream yet'
      : expected === 'stream_exists'
        ? 'an existing stream'
        : `version ${expected}`
  return {
    code: 'version_conflict',
    path: ['expectedVersion'],
    message: `${org}: expected ${wanted} but the stream is at version ${current}`,
  }
}
