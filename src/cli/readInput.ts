import type { Readable } from 'node:stream'

/** Entries read from a stream, each with the line it started on, or the lines that did not parse. */
export interface ReadEntries {
  readonly values: readonly unknown[]
  /** Where each value is: its line in JSON Lines, its place from 1 in a JSON array. */
  readonly lines: readonly number[]
  /** What `lines` counts: lines of JSON Lines, or entries of one JSON value. */
  readonly unit: 'line' | 'entry'
  readonly errors: readonly { readonly line: number; readonly reason: string }[]
}

/** All of a stream's text. */
export async function readText(stream: Readable): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
}

/**
 * Entries from text that is one JSON value (an entry, or an array of entries) or JSON Lines
 * (one entry per line; blank lines are skipped). Every line that does not parse is reported,
 * not only the first.
 */
export function parseEntries(text: string): ReadEntries {
  const trimmed = text.trim()
  if (trimmed === '') return { values: [], lines: [], unit: 'line', errors: [] }
  try {
    const whole: unknown = JSON.parse(trimmed)
    const values = Array.isArray(whole) ? whole : [whole]
    return { values, lines: values.map((_, index) => index + 1), unit: 'entry', errors: [] }
  } catch {
    // Not one value: JSON Lines.
  }
  const values: unknown[] = []
  const lines: number[] = []
  const errors: { line: number; reason: string }[] = []
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return
    try {
      values.push(JSON.parse(raw))
      lines.push(index + 1)
    } catch (error) {
      errors.push({ line: index + 1, reason: (error as Error).message })
    }
  })
  return { values, lines, unit: 'line', errors }
}
