import { createReadStream } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { LedgerError } from '../../errors'
import { faultAt, fileError } from './sourceErrors'

/** The encodings text readers decode: UTF-8, or GBK / GB 18030 as Excel saves CSV in China. */
export const textEncodings = ['utf-8', 'gbk', 'gb18030'] as const

/** One of the `textEncodings`. */
export type TextEncoding = (typeof textEncodings)[number]

/**
 * What a text reader reads: a file path or `file:` URL, `{ text }` holding the text itself,
 * its bytes, or a stream of text or bytes (a Node `Readable`, any async iterable).
 */
export type TextSource =
  | string
  | URL
  | { readonly text: string }
  | Uint8Array
  | AsyncIterable<string | Uint8Array>

/** True for a value of one of the forms of `TextSource`. */
export function isTextSource(value: unknown): value is TextSource {
  if (typeof value === 'string' || value instanceof URL || value instanceof Uint8Array) return true
  if (typeof value !== 'object' || value === null) return false
  return (
    typeof (value as { text?: unknown }).text === 'string' ||
    typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function'
  )
}

/** How messages name a source: its path, or what kind of source it is. */
export function sourceLabel(source: TextSource, kind: string): string {
  if (typeof source === 'string') return source
  if (source instanceof URL) return fileURLToPath(source)
  if (source instanceof Uint8Array) return `the ${kind} bytes`
  return 'text' in source ? `the ${kind} text` : `the ${kind} stream`
}

/**
 * The text of a source as decoded chunks, read as they are needed; a byte order mark is
 * dropped. Bytes that are not text in `encoding` stop the read with `not_text`, naming the line.
 */
export async function* textChunks(
  source: TextSource,
  encoding: TextEncoding,
  label: string,
): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { fatal: true })
  let lines = 1
  const decode = (bytes: Uint8Array, stream: boolean): string => {
    try {
      return decoder.decode(bytes, { stream })
    } catch (error) {
      // The line of the first bad byte: a lenient decode marks it with U+FFFD.
      const loose = new TextDecoder(encoding).decode(bytes)
      const before = loose.slice(0, Math.max(0, loose.indexOf('\uFFFD')))
      const line = lines + before.split('\n').length - 1
      const hint =
        encoding === 'utf-8' ? ' (Excel in China often saves CSV as GBK: pass encoding: "gbk")' : ''
      throw faultAt(label, line, 'not_text', `the bytes are not ${encoding} text${hint}`, error)
    }
  }
  let first = true
  for await (const chunk of chunksOf(source, label)) {
    let text = typeof chunk === 'string' ? chunk : decode(chunk, true)
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
      first = false
    }
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++
    if (text.length > 0) yield text
  }
  const rest = decode(new Uint8Array(0), false)
  if (rest.length > 0) yield rest
}

async function* chunksOf(source: TextSource, label: string): AsyncGenerator<string | Uint8Array> {
  if (source instanceof Uint8Array) return yield source
  if (typeof source === 'object' && !(source instanceof URL) && 'text' in source) {
    return yield source.text
  }
  if (typeof source === 'string' || source instanceof URL) {
    try {
      for await (const chunk of createReadStream(source)) yield chunk as Uint8Array
    } catch (error) {
      throw fileError(label, error)
    }
    return
  }
  for await (const chunk of source) {
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      const message = `${label} gave a chunk that is neither text nor bytes`
      throw new LedgerError('INVALID_INPUT', message, [{ code: 'invalid_type', path: [], message }])
    }
    yield chunk
  }
}
