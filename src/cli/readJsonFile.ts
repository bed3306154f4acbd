import { readFile } from 'node:fs/promises'
import { UsageError } from './usageError'

/**
 * A JSON file named on the command line, parsed; a file that is missing or is not JSON is a
 * usage error naming the file and where it fails, not a bare SyntaxError.
 */
export async function readJsonFile(file: string, option: string): Promise<unknown> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new UsageError(`${option} ${file}: no such file`)
  })
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new UsageError(`${option} ${file}: not JSON (${(error as Error).message})`)
  }
}
