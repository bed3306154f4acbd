// U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069.
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** The text without the Unicode bidi controls, which could make a value reorder what follows it. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '')
}
