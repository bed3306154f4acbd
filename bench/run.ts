// `npm run bench -- --n 10000 --case append,verify`: runs the cases of WORKLOAD.md, prints one
// Markdown table, and writes it with every sample to bench/results/.
import { cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
import { findCases } from './cases'
import { environment, loadNow } from './harness/environment'
import { markdownReport, writeResults } from './harness/results'
import { runCases } from './harness/runCases'
import { parseRunOptions } from './harness/settings'

const root = fileURLToPath(new URL('..', import.meta.url))
const options = parseRunOptions(process.argv.slice(2), root)
const loadAtStart = loadNow()
if (loadAtStart > cpus().length && options.settings.clock === 'wall') {
  options.settings.log(
    `the load average is ${loadAtStart} on ${cpus().length} cores: wall-clock figures will measure the other work too; --clock cpu counts this process's CPU time instead`,
  )
}
const selected = await findCases(options.cases)
const rows = await runCases(selected, options.settings, options.inline)
const env = environment(loadAtStart)
process.stdout.write(markdownReport(options.settings, env, rows))
if (options.write) {
  const written = await writeResults(options.settings, env, rows)
  options.settings.log(`wrote ${written.markdown} and ${written.json}`)
}
