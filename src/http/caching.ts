/**
 * How long each kind of answer may be kept. A report on a past day against the checkpoint it
 * names changes only when the log grows, which its `ETag` tells, so caches keep it for a day
 * and then ask again; today's pages, the lists and the search may change within the minute;
 * a consistency proof between two sizes never changes.
 */
export const CACHE = {
  pastDay: 'public, max-age=86400',
  current: 'public, max-age=60',
  hour: 'public, max-age=3600',
  revalidate: 'public, no-cache',
  immutable: 'public, max-age=31536000, immutable',
  script: 'public, max-age=86400, stale-while-revalidate=604800',
  never: 'no-store',
} as const

/** One of the cache policies. */
export type CachePolicy = (typeof CACHE)[keyof typeof CACHE]

/** True when the request's `If-None-Match` names `etag` (or `*`), compared weakly as RFC 9110 says. */
export function etagMatches(request: Request, etag: string): boolean {
  const header = request.headers.get('if-none-match')
  if (header === null) return false
  const strip = (tag: string) => tag.trim().replace(/^W\//, '')
  const wanted = strip(etag)
  return header.split(',').some((tag) => tag.trim() === '*' || strip(tag) === wanted)
}
