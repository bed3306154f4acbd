import { readFile, rename, writeFile } from 'node:fs/promises'
import { checkSweepState, type SweepState } from '../rules'
import { readJsonFile } from './readJsonFile'

/**
 * The rules run's kept state, checked by its schema (a damaged file is `INVALID_INPUT` naming
 * the place), or `undefined` before the first run.
 */
export async function readRulesState(file: string): Promise<SweepState | undefined> {
  const there = await readFile(file).then(
    () => true,
    () => false,
  )
  return there
    ? checkSweepState(await readJsonFile(file, 'rules state'), ['rulesState'])
    : undefined
}

/** Keeps a state whole: written beside the file, then renamed over it, so a crash leaves the old one. */
export async function writeRulesState(file: string, state: SweepState): Promise<void> {
  await writeFile(`${file}.new`, JSON.stringify(state))
  await rename(`${file}.new`, file)
}
