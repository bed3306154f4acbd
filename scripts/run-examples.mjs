// Runs every script in examples/ with tsx, one after another, and fails if any fails. A file
// that exports something is a helper the scripts share, not a script.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = new URL('../examples/', import.meta.url).pathname
const scripts = readdirSync(dir)
  .filter(
    (name) => name.endsWith('.ts') && !/^export /m.test(readFileSync(join(dir, name), 'utf8')),
  )
  .sort()
let failed = 0
for (const name of scripts) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(dir, name)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  console.log(`${run.status === 0 ? 'ok  ' : 'FAIL'} examples/${name}`)
  if (run.status !== 0) failed++
}
console.log(`examples: ${scripts.length - failed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
