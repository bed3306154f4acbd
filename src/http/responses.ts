import type { CachePolicy } from './caching'
import { NOTHING_ALLOWED, pagePolicy } from './contentSecurityPolicy'

const CONTENT_TYPES = {
  html: 'text/html; charset=utf-8',
  json: 'application/json',
  text: 'text/plain; charset=utf-8',
  javascript: 'text/javascript; charset=utf-8',
} as const

/** What an answer holds: a page, JSON, plain text or the verifier's script. */
export type Body =
  | { readonly html: string; readonly script?: boolean }
  | { readonly json: unknown }
  | { readonly text: string }
  | { readonly javascript: string }

/** How an answer may be cached, and what else it says. */
export interface Delivery {
  readonly cache: CachePolicy
  readonly etag?: string
  /** Answers of the API may be read by pages of any origin: they hold only public data. */
  readonly cors?: boolean
  readonly headers?: Readonly<Record<string, string>>
}

/** A response with its content type, caching and the security headers every answer carries. */
export function respond(status: number, body: Body, delivery: Delivery): Response {
  const [type, text, policy] =
    'html' in body
      ? (['html', body.html, pagePolicy(body.html, { script: body.script === true })] as const)
      : 'json' in body
        ? (['json', `${JSON.stringify(body.json)}\n`, NOTHING_ALLOWED] as const)
        : 'text' in body
          ? (['text', body.text, NOTHING_ALLOWED] as const)
          : (['javascript', body.javascript, NOTHING_ALLOWED] as const)
  const headers = new Headers({
    'content-type': CONTENT_TYPES[type],
    ...securityHeaders(policy),
    'cache-control': delivery.cache,
    ...delivery.headers,
  })
  if (delivery.etag !== undefined) headers.set('etag', delivery.etag)
  if (delivery.cors === true) headers.set('access-control-allow-origin', '*')
  return new Response(text, { status, headers })
}

/**
 * 304: the copy the client holds, named by its `ETag`, is still current. A cache takes the
 * headers of a 304 into the copy it keeps, so this one carries no Content-Security-Policy,
 * which would replace the page's own.
 */
export function notModified(delivery: Delivery & { readonly etag: string }): Response {
  const headers = new Headers({
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'cache-control': delivery.cache,
    etag: delivery.etag,
    ...delivery.headers,
  })
  if (delivery.cors === true) headers.set('access-control-allow-origin', '*')
  return new Response(null, { status: 304, headers })
}

function securityHeaders(policy: string): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    'content-security-policy': policy,
    'referrer-policy': 'same-origin',
  }
}
