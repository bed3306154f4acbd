import { sha256, toBase64 } from '../proof'

const STYLE = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g
const encoder = new TextEncoder()

/** What anything but a page may do in a browser: nothing at all. */
export const NOTHING_ALLOWED = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"

/**
 * The Content-Security-Policy of one page: nothing by default; its own inline `<style>` blocks
 * by their hashes, so no injected style applies; scripts only from this origin, and only on a
 * page that loads the verifier; forms submitted only here; never framed.
 */
export function pagePolicy(html: string, options: { readonly script: boolean }): string {
  const styles = [...html.matchAll(STYLE)].map(
    (match) => `'sha256-${toBase64(sha256(encoder.encode(match[1] ?? '')))}'`,
  )
  return [
    "default-src 'none'",
    `style-src ${styles.length === 0 ? "'none'" : [...new Set(styles)].join(' ')}`,
    ...(options.script ? ["script-src 'self'", "connect-src 'self'"] : []),
    "img-src 'self' data:",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
}
