// Runs every script in examples/ with tsx, one after another, and fails on the first error.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const dir = new URL('../examples/', import.meta.url).pathname
const scripts = readdirSync(dir).filter((name) => name.endsWith('.ts')).sort()
let failed = 0
for (const name of scripts) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(dir, name)], { stdio: ['ignore', 'ignore', 'inherit'] })
  console.log(`${run.status === 0 ? 'ok  ' : 'FAIL'} examples/${name}`)
  if (run.status !== 0) failed++
}
console.log(`examples: ${scripts.length - failed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
