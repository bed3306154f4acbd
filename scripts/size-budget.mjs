// Bundles small consumer files against the built dist for the browser, minified, and prints
// each one's gzipped size beside its target and its limit; the page script is measured as
// built, since that file is what a report page ships. The target is where the package is
// going; the limit is today's size with a little room, so a change that makes a consumer
// heavier fails here. `--why` prints the source modules that weigh most.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const root = new URL('../', import.meta.url).pathname
const budgets = [
  {
    name: 'verifyInclusion',
    code: "export { verifyInclusion } from 'integrity-ledger'",
    target: 2,
    // 3.5 until SHA-256 was written for size (src/_internal/sha256Portable.ts).
    limit: 2,
  },
  {
    name: 'verifyReport',
    code: "export { verifyReport } from 'integrity-ledger'",
    target: 40,
    // 35 until the witness policy: verifyCheckpoint checks cosignatures when asked.
    limit: 36,
  },
  {
    name: 'createLedger + memoryStore',
    code: "export { createLedger, memoryStore } from 'integrity-ledger'",
    target: 60,
    // 75 until the evaluation procedure: eleven entry types with their ledger checks, the
    // indicator sets the ledger holds scores to, and host entry types added 36 KB minified of
    // the library's own modules; slimming the write path is the architecture issue's to do.
    // 87 until witnessed checkpoints (verifyCheckpoint's witness policy, reached through the
    // ledger's public report) and the pack-level disclosure policy. 89 until the catalogue was
    // completed: sixteen entry types with their schemas, folds and ledger checks (notices,
    // Party findings, investigations, fundraising applications and plans, service purchases,
    // the deduction qualification, liquidation) added 19 KB minified of the library's own, and
    // their ledger checks of order (a liquidation's end and application, a second loss or
    // decision, a foundation's kind) 3 KB more: 93.1 KB gzipped.
    limit: 94,
  },
  {
    // Built by `npm run build` (tsup.config.ts); its modules are weighed from the sources.
    name: 'report page script (dist/browser/verify-report-page.js)',
    file: 'dist/browser/verify-report-page.js',
    entry: 'src/browser/verifyReportPage.ts',
    target: 40,
    limit: 40,
  },
]

/** The bundle of a budget's code, or of a file's sources, with esbuild's account of its inputs. */
async function bundle(budget) {
  const input = budget.code
    ? { stdin: { contents: budget.code, resolveDir: root, loader: 'js' } }
    : { entryPoints: [new URL(budget.entry, `file://${root}`).pathname] }
  return build({
    ...input,
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'error',
  })
}

let over = 0
for (const budget of budgets) {
  const result = budget.file ? undefined : await bundle(budget)
  const bytes = budget.file
    ? readFileSync(new URL(budget.file, `file://${root}`))
    : result.outputFiles[0].contents
  const gzipped = gzipSync(bytes).length / 1024
  const ok = gzipped <= budget.limit
  if (!ok) over++
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${budget.name}: ${gzipped.toFixed(2)} KB gzipped (limit ${budget.limit} KB, target ${budget.target} KB${gzipped <= budget.target ? ', met' : ''}), ${(bytes.length / 1024).toFixed(1)} KB minified`,
  )
  if (budget.file && !process.argv.includes('--why') && ok) continue
  const inputs = Object.values((result ?? (await bundle(budget))).metafile.outputs)[0].inputs
  const own = Object.entries(inputs)
    .filter(([path]) => path.startsWith('dist/') || path.startsWith('src/'))
    .reduce((sum, [, input]) => sum + input.bytesInOutput, 0)
  console.log(`     of which the library's own modules: ${(own / 1024).toFixed(1)} KB minified`)
  if (process.argv.includes('--why') || !ok) {
    const heaviest = Object.entries(inputs)
      .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
      .slice(0, 12)
    for (const [path, { bytesInOutput }] of heaviest) {
      console.log(`       ${(bytesInOutput / 1024).toFixed(1).padStart(6)} KB  ${path}`)
    }
  }
}
process.exit(over === 0 ? 0 : 1)
