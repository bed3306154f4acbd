import { stripBidiControls } from './stripBidiControls'

/** Text made safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/**
 * A value in its own bidi isolate, so a right-to-left override in one cannot reorder the text
 * around it; the controls themselves are dropped, since no field needs them.
 */
export function bdi(text: string): string {
  return `<bdi>${escapeHtml(stripBidiControls(text))}</bdi>`
}

/**
 * JSON for the content of a `<script type="application/json">`: `<` is written `\u003c`, so
 * no `</script>` or `<!--` in a value can end or change the element, and bidi controls and
 * line separators are escaped too. `JSON.parse` reads back exactly the value given.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}
