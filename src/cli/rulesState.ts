import { readFile, rename, writeFile } from 'node:fs/promises'
import type { SweepState } from '../rules'

/** The rules run's kept state, or `undefined` before the first run. Checked by the run itself. */
export async function readRulesState(file: string): Promise<SweepState | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined)
  return text === undefined ? undefined : (JSON.parse(text) as SweepState)
}

/** Keeps a state whole: written beside the file, then renamed over it, so a crash leaves the old one. */
export async function writeRulesState(file: string, state: SweepState): Promise<void> {
  await writeFile(`${file}.new`, JSON.stringify(state))
  await rename(`${file}.new`, file)
}
