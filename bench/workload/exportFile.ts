import { once } from 'node:events'
import { createWriteStream, existsSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createLedger } from '../../src/createLedger'
import { canonicalJson } from '../../src/events/canonicalJson'
import { ed25519Signer, type Signer } from '../../src/proof'
import { fixedClock } from '../../src/time'
import type { Settings } from '../harness/benchCase'
import { forgetfulStore } from './forgetfulStore'
import { batches, inputsAt, organizations } from './workload'

/** The signer of every export's checkpoint: a fixed key, so the same key verifies every run. */
export const EXPORT_SIGNER: Signer = ed25519Signer(
  'bench.integrity-ledger.example/standard',
  Uint8Array.from({ length: 32 }, (_, i) => i + 1),
)

/** A JSONL export of the workload: one canonical JSON entry per line, and a signed checkpoint. */
export interface WorkloadExport {
  readonly jsonl: string
  /** The signed checkpoint note covering every line. */
  readonly checkpoint: string
  readonly entries: number
  readonly bytes: number
}

// Fixed, so that an export depends on (n, seed) alone: one clock tick per append of 1,000.
const EXPORT_BATCH = 1000
const RECORDED_FROM = '2025-01-01T00:00:00+08:00'

/**
 * The export of (n, seed), made once by appending the workload through the real ledger and
 * cached in `resultsDir/exports`. Personal-data salts are random, so a remade export differs
 * in its `personalHash` fields and nowhere else.
 */
export async function workloadExport(settings: Settings): Promise<WorkloadExport> {
  const dir = join(settings.resultsDir, 'exports')
  const base = join(dir, `workload-n${settings.n}-s${settings.seed}`)
  if (!existsSync(`${base}.json`)) {
    await mkdir(dir, { recursive: true })
    settings.log(`making the export of ${settings.n} organizations (once; cached in ${dir})`)
    await writeExport(settings, base)
  }
  const meta = JSON.parse(await readFile(`${base}.json`, 'utf8')) as Omit<
    WorkloadExport,
    'jsonl' | 'checkpoint'
  >
  return {
    jsonl: `${base}.jsonl`,
    checkpoint: await readFile(`${base}.checkpoint`, 'utf8'),
    entries: meta.entries,
    bytes: meta.bytes,
  }
}

async function writeExport(settings: Settings, base: string): Promise<void> {
  const out = createWriteStream(`${base}.jsonl.partial`)
  let bytes = 0
  let pending = ''
  const store = forgetfulStore((entries) => {
    for (const entry of entries) pending += `${canonicalJson(entry)}\n`
  })
  const ledger = createLedger({
    store,
    clock: fixedClock(RECORDED_FROM, 1000),
    signer: EXPORT_SIGNER,
    origin: EXPORT_SIGNER.name,
  })
  let head = 0
  for (const group of batches(organizations(settings.seed, settings.n), EXPORT_BATCH)) {
    const result = await ledger.append(inputsAt(group, head))
    head = result.size
    bytes += Buffer.byteLength(pending)
    if (!out.write(pending)) await once(out, 'drain')
    pending = ''
  }
  out.end()
  await once(out, 'finish')
  await writeFile(`${base}.checkpoint`, await ledger.checkpoint())
  await rename(`${base}.jsonl.partial`, `${base}.jsonl`)
  await writeFile(`${base}.json`, JSON.stringify({ entries: head, bytes }))
}
