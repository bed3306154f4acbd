import { stripBidiControls } from '../../disclosure'

/** Text made safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/**
 * A value from the register in its own bidi isolate, escaped, its bidi controls dropped, so a
 * right-to-left override in a name cannot reorder the text around it.
 */
export function bdi(text: string): string {
  return `<bdi>${escapeHtml(stripBidiControls(text))}</bdi>`
}
