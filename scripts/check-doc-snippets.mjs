// Type-checks the TypeScript in the docs: every ```ts block of a page that says
// `<!-- snippets: compiled -->`, joined in order into one module (so a later block may use what
// an earlier one declared), with `integrity-ledger` and its subpaths resolved to src/. Pages to
// check may also be named as arguments. The modules go to .scratch/ (ignored), then `tsc`.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const docs = join(root, 'docs')
const named = process.argv.slice(2)
const pages =
  named.length > 0
    ? named.map((page) => join(root, page))
    : readdirSync(docs)
        .filter((name) => name.endsWith('.md'))
        .map((name) => join(docs, name))
        .filter((page) => readFileSync(page, 'utf8').includes('<!-- snippets: compiled -->'))

const out = join(root, '.scratch', 'doc-snippets')
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const files = []
for (const page of pages) {
  const blocks = [...readFileSync(page, 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)]
  if (blocks.length === 0) continue
  const file = join(out, `${basename(page, '.md')}.ts`)
  writeFileSync(file, `${blocks.map((block) => block[1]).join('\n')}\nexport {}\n`)
  files.push(file)
  console.log(`${basename(page)}: ${blocks.length} blocks`)
}
const config = {
  extends: '../../tsconfig.json',
  compilerOptions: {
    noEmit: true,
    isolatedDeclarations: false,
    paths: {
      'integrity-ledger': ['../../src/index.ts'],
      'integrity-ledger/testing': ['../../src/testing/index.ts'],
      'integrity-ledger/node': ['../../src/node.ts'],
      'integrity-ledger/sqlite': ['../../src/adapters/sqlite/index.ts'],
      'integrity-ledger/postgres': ['../../src/adapters/postgres/index.ts'],
    },
  },
  include: files.map((file) => basename(file)),
}
writeFileSync(join(out, 'tsconfig.json'), JSON.stringify(config, null, 2))
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
const run = spawnSync(process.execPath, [tsc, '-p', join(out, 'tsconfig.json')], {
  stdio: 'inherit',
})
console.log(run.status === 0 ? 'doc snippets: ok' : 'doc snippets: FAIL')
process.exit(run.status ?? 1)
