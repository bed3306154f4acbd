import { createReadStream } from 'node:fs'

const NEWLINE = 10

/**
 * The lines of a UTF-8 file, a chunk's worth at a time, so that a file larger than the longest
 * string V8 allows (about 512 MiB) can still be read; empty lines are skipped.
 */
export async function* lineBatches(path: string): AsyncGenerator<string[]> {
  let rest: Buffer = Buffer.alloc(0)
  for await (const chunk of createReadStream(path, { highWaterMark: 4 << 20 })) {
    const buffer: Buffer =
      rest.length === 0 ? (chunk as Buffer) : Buffer.concat([rest, chunk as Buffer])
    const lines: string[] = []
    let start = 0
    for (let end = buffer.indexOf(NEWLINE, start); end >= 0; end = buffer.indexOf(NEWLINE, start)) {
      if (end > start) lines.push(buffer.toString('utf8', start, end))
      start = end + 1
    }
    rest = buffer.subarray(start)
    if (lines.length > 0) yield lines
  }
  if (rest.length > 0) yield [rest.toString('utf8')]
}
