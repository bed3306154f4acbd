import { LedgerError } from '../errors'

/**
 * What `importLedger` reads: the export's lines (an array, a generator, a `readline`
 * interface, any iterable or async iterable of strings, with or without their line feeds), or
 * its text (a string, bytes, a Node or web readable stream of text or bytes).
 */
export type ImportSource =
  | Iterable<string>
  | AsyncIterable<string>
  | AsyncIterable<string | Uint8Array>
  | ReadableStream<string | Uint8Array>
  | string
  | Uint8Array

type Source = { readonly [key: string | symbol]: unknown }

/**
 * The lines of an export source, read from the moment of the call: the iterator is taken at
 * once, so an interface that emits lines whether or not anyone is listening (readline does)
 * buffers them while the importer waits on a slow store, instead of losing them.
 */
export function importLines(source: unknown): AsyncIterable<string> {
  if (typeof source === 'string' || source instanceof Uint8Array) return splitText(once(source))
  if (typeof source !== 'object' || source === null) throw notASource(source)
  const object = source as Source
  // A readline interface that has closed yields nothing and never ends: refuse it.
  if (object.closed === true && typeof object.getPrompt === 'function') throw closedInterface()
  if (typeof object.getReader === 'function') {
    return splitText(webChunks(source as ReadableStream<string | Uint8Array>))
  }
  const asyncIterator = object[Symbol.asyncIterator]
  if (typeof asyncIterator === 'function') {
    const iterator = asyncIterator.call(source) as AsyncIterator<unknown>
    // A byte or text stream (Node's Readable, not in object mode) yields chunks, not lines.
    const chunks =
      typeof object.pipe === 'function' &&
      typeof object.read === 'function' &&
      object.readableObjectMode !== true
    return chunks ? splitText(iterator) : eachLine(iterator)
  }
  const iterator = object[Symbol.iterator]
  if (typeof iterator === 'function') return eachLine(iterator.call(source) as Iterator<unknown>)
  throw notASource(source)
}

function notASource(source: unknown): LedgerError {
  const what = source === null ? 'null' : typeof source
  return new LedgerError(
    'INVALID_INPUT',
    `importLedger: lines must be lines or a stream, not ${what}`,
    [
      {
        code: 'invalid_type',
        path: ['lines'],
        message: `expected lines or a stream, received ${what}`,
      },
    ],
  )
}

function closedInterface(): LedgerError {
  const message =
    'the readline interface had already closed, so its lines are gone: create it in the same tick as the call to importLedger'
  return new LedgerError('INVALID_INPUT', `importLedger: ${message}`, [
    { code: 'source_closed', path: ['lines'], message },
  ])
}

async function* once(value: string | Uint8Array): AsyncGenerator<string | Uint8Array> {
  yield value
}

async function* webChunks(
  stream: ReadableStream<string | Uint8Array>,
): AsyncGenerator<string | Uint8Array> {
  const reader = stream.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      yield value
    }
  } finally {
    reader.releaseLock()
  }
}

// Items are lines: each loses one trailing line feed, and one that holds several is split.
async function* eachLine(
  items: Iterator<unknown> | AsyncIterator<unknown>,
): AsyncGenerator<string> {
  for (;;) {
    const item = await items.next()
    if (item.done) return
    const value: unknown = item.value
    if (typeof value !== 'string') {
      // Left to the reader, which names the line that is not text.
      yield value as string
      continue
    }
    const lines = value.split('\n')
    if (lines.length > 1 && lines.at(-1) === '') lines.pop()
    for (const line of lines) yield line.endsWith('\r') ? line.slice(0, -1) : line
  }
}

// Chunks are text in any cut: bytes are decoded as UTF-8 across chunk ends, then split.
async function* splitText(
  chunks: AsyncIterator<unknown> | AsyncIterable<unknown>,
): AsyncGenerator<string> {
  const iterator = Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let rest = ''
  for (;;) {
    const item = await iterator.next()
    if (item.done) break
    const chunk: unknown = item.value
    if (typeof chunk === 'string') rest += chunk
    else if (chunk instanceof Uint8Array) rest += decode(decoder, chunk, true)
    else throw notASource(chunk)
    const lines = rest.split('\n')
    rest = lines.pop() ?? ''
    for (const line of lines) yield line.endsWith('\r') ? line.slice(0, -1) : line
  }
  rest += decode(decoder, new Uint8Array(0), false)
  if (rest !== '') yield rest
}

function decode(decoder: TextDecoder, bytes: Uint8Array, stream: boolean): string {
  try {
    return decoder.decode(bytes, { stream })
  } catch {
    throw new LedgerError('INVALID_INPUT', 'importLedger: the export is not UTF-8 text', [
      { code: 'not_utf8', path: ['lines'], message: 'the export is not UTF-8 text' },
    ])
  }
}
