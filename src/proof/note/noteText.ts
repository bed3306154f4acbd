/** The offset of the first ASCII control character other than newline, or -1: notes allow none. */
export function controlCharacterAt(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x20 && code !== 0x0a) return i
  }
  return -1
}

/** True when `text` has a UTF-16 surrogate without its pair, which UTF-8 cannot carry. */
export function hasLoneSurrogate(text: string): boolean {
  return /\p{Cs}/u.test(text)
}

/** One non-empty line a signed note can carry. */
export function isLine(text: string): boolean {
  return (
    typeof text === 'string' &&
    text.length > 0 &&
    !text.includes('\n') &&
    controlCharacterAt(text) < 0 &&
    !hasLoneSurrogate(text)
  )
}
