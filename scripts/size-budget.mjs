// Bundles small consumer files against the built dist for the browser, minified, and prints
// each one's gzipped size beside its target and its limit. The target is where the package is
// going; the limit is today's size with a little room, so a change that makes a consumer
// heavier fails here. `--why` prints the source modules that weigh most.
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const root = new URL('../', import.meta.url).pathname
const budgets = [
  {
    name: 'verifyInclusion',
    code: "export { verifyInclusion } from 'integrity-ledger'",
    target: 2,
    limit: 3.5,
  },
  {
    name: 'verifyReport',
    code: "export { verifyReport } from 'integrity-ledger'",
    target: 40,
    limit: 55,
  },
  {
    name: 'createLedger + memoryStore',
    code: "export { createLedger, memoryStore } from 'integrity-ledger'",
    target: 60,
    limit: 75,
  },
]

let over = 0
for (const budget of budgets) {
  const result = await build({
    stdin: { contents: budget.code, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'error',
  })
  const bytes = result.outputFiles[0].contents
  const gzipped = gzipSync(bytes).length / 1024
  const ok = gzipped <= budget.limit
  if (!ok) over++
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${budget.name}: ${gzipped.toFixed(2)} KB gzipped (limit ${budget.limit} KB, target ${budget.target} KB${gzipped <= budget.target ? ', met' : ''}), ${(bytes.length / 1024).toFixed(1)} KB minified`,
  )
  const inputs = Object.values(result.metafile.outputs)[0].inputs
  const own = Object.entries(inputs)
    .filter(([path]) => path.startsWith('dist/'))
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
