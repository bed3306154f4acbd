// Checks that the docs say what the library does, on every page (README.md and docs/*.md, or
// the pages named as arguments):
//
// 1. Every ```ts block type-checks. A page's blocks are joined in order into one module (so a
//    later block may use what an earlier one declared), with `integrity-ledger` and its subpaths
//    resolved to src/. Many blocks are fragments that use a `ledger`, a `store`, an `org`… set
//    up elsewhere on the page or in the reader's own code: those names are declared once, with
//    their types, in docs/snippet-globals.d.ts. They are globals, so a page that declares its
//    own `ledger` simply shadows them. Only ES2023 and Node's globals are in scope, not the
//    DOM's, whose `name`, `status` or `event` would hide a name a snippet never declared.
// 2. Every fence names its language, so no TypeScript escapes the check unlabelled.
// 3. Every function a page calls in inline code (`name(`, not `.name(`) is exported by the
//    package, from the root or a subpath, or is one of the standard functions listed below.
// 4. README.md's tour is examples/tour.ts: each of its ```ts blocks appears there verbatim
//    (with `integrity-ledger` for the example's relative imports), so it runs in `npm run
//    examples` as printed.
//
// The modules go to .scratch/doc-snippets/ (ignored); errors name the page and its line.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import ts from 'typescript'

const root = new URL('..', import.meta.url).pathname
const docs = join(root, 'docs')
const named = process.argv.slice(2)
const pages =
  named.length > 0
    ? named.map((page) => join(root, page))
    : [
        join(root, 'README.md'),
        ...readdirSync(docs)
          .filter((name) => name.endsWith('.md'))
          .sort()
          .map((name) => join(docs, name)),
      ]

const entryPoints = {
  'integrity-ledger': 'src/index.ts',
  'integrity-ledger/node': 'src/node.ts',
  'integrity-ledger/testing': 'src/testing/index.ts',
  'integrity-ledger/sqlite': 'src/adapters/sqlite/index.ts',
  'integrity-ledger/postgres': 'src/adapters/postgres/index.ts',
  'integrity-ledger/cli': 'src/cli/index.ts',
  'integrity-ledger/import': 'src/import/index.ts',
  'integrity-ledger/http': 'src/http/index.ts',
}

// Calls the docs may write in inline code that are not the package's: the platform's own
// functions, and the notation of the formats the library implements.
const notExported = new Set([
  'structuredClone',
  'MTH', // RFC 9162's Merkle Tree Hash, in the definition of the tree
  'base64', // a signature line's layout in the C2SP signed-note format
  'max', // SQL, in the stores' pages
])
// SQL's names, the stores' tables and functions, are snake_case; the library's never are.
const isSql = (name) => /^[a-z]+(_[a-z]+)+$/.test(name)

const failures = []
const out = join(root, '.scratch', 'doc-snippets')
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })

/** Where each generated line came from, to report errors on the page. */
const origins = new Map()
const files = []
const calls = []
let blockCount = 0
for (const page of pages) {
  const text = readFileSync(page, 'utf8')
  const lines = text.split('\n')
  const name = relative(root, page)
  const body = []
  const map = []
  const imported = new Set()
  let fence = null
  let start = 0
  let outside = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (fence === null && /^```/.test(line)) {
      const lang = line.slice(3).trim()
      if (lang === '') failures.push(`${name}:${i + 1}: a fence without a language`)
      fence = { lang, lines: [] }
      start = i + 1
      scanInline(outside.join('\n'), name, i + 1 - outside.length)
      outside = []
    } else if (fence !== null && /^```\s*$/.test(line)) {
      if (fence.lang === 'ts') {
        blockCount++
        const code = withoutRepeatedImports(fence.lines.join('\n'), imported)
        code.split('\n').forEach((code, k) => {
          body.push(code)
          map.push(start + k + 1)
        })
        body.push('')
        map.push(i + 1)
        if (name === 'README.md') tourBlock(fence.lines.join('\n'), start)
      }
      fence = null
    } else if (fence !== null) fence.lines.push(line)
    else outside.push(line)
  }
  scanInline(outside.join('\n'), name, lines.length + 1 - outside.length)
  if (body.length === 0) continue
  const file = join(out, `${basename(page, '.md')}.ts`)
  writeFileSync(file, `${body.join('\n')}\nexport {}\n`)
  origins.set(file, { name, map })
  files.push(file)
}

/**
 * Drops the imports of names an earlier block of the page already imported, so that each block
 * may list its own imports, as a reader copying it needs. Line numbers are kept.
 */
function withoutRepeatedImports(code, imported) {
  const source = ts.createSourceFile('block.ts', code, ts.ScriptTarget.Latest)
  let result = ''
  let from = 0
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement)) continue
    const clause = statement.importClause
    const bindings = clause?.namedBindings
    if (
      clause === undefined ||
      clause.name !== undefined ||
      !bindings ||
      !ts.isNamedImports(bindings)
    ) {
      continue
    }
    const fresh = bindings.elements.filter((element) => !imported.has(element.name.text))
    for (const element of fresh) imported.add(element.name.text)
    const start = statement.getStart(source)
    const text = code.slice(start, statement.end)
    const kept =
      fresh.length === 0
        ? ''
        : `import ${clause.isTypeOnly ? 'type ' : ''}{ ${fresh.map((element) => element.getText(source)).join(', ')} } from ${statement.moduleSpecifier.getText(source)}`
    result += code.slice(from, start) + kept + '\n'.repeat(text.split('\n').length - 1)
    from = statement.end
  }
  return result + code.slice(from)
}

/** Collects the `name(` calls in a stretch of prose's inline code. */
function scanInline(prose, name, firstLine) {
  for (const span of prose.matchAll(/`([^`\n]+)`/g)) {
    for (const call of span[1].matchAll(/(?<![\w$.])([A-Za-z_$][\w$]*)\(/g)) {
      const line = firstLine + prose.slice(0, span.index).split('\n').length - 1
      calls.push({ call: call[1], where: `${name}:${line}` })
    }
  }
}

/** The README's tour must be examples/tour.ts as it runs. */
function tourBlock(code, line) {
  const tour = readFileSync(join(root, 'examples', 'tour.ts'), 'utf8')
  const asInExample = code
    .replace(/from 'integrity-ledger'/g, "from '../src/index'")
    .replace(/from 'integrity-ledger\/node'/g, "from '../src/node'")
  if (!tour.includes(asInExample)) {
    failures.push(`README.md:${line}: this tour block is not in examples/tour.ts as it stands`)
  }
}

const options = {
  ...ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  ).options,
  noEmit: true,
  isolatedDeclarations: false,
  lib: ['lib.es2023.d.ts'],
  baseUrl: undefined,
  paths: Object.fromEntries(
    Object.entries(entryPoints).map(([specifier, file]) => [specifier, [join(root, file)]]),
  ),
}
const globals = join(docs, 'snippet-globals.d.ts')
const entryFiles = Object.values(entryPoints).map((file) => join(root, file))
const program = ts.createProgram([globals, ...entryFiles, ...files], options)
const snippetFiles = new Set([globals, ...files])
for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
  const file = diagnostic.file
  // The library's own errors are `npm run typecheck`'s to report.
  if (file !== undefined && !snippetFiles.has(file.fileName)) continue
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n  ')
  if (file === undefined || diagnostic.start === undefined) {
    failures.push(`TS${diagnostic.code}: ${message}`)
    continue
  }
  const { line, character } = file.getLineAndCharacterOfPosition(diagnostic.start)
  const origin = origins.get(file.fileName)
  const where =
    origin === undefined
      ? relative(root, file.fileName)
      : `${origin.name}:${origin.map[line] ?? '?'}`
  failures.push(`${where}:${character + 1}: TS${diagnostic.code}: ${message}`)
}

const checker = program.getTypeChecker()
const exported = new Set()
const members = new Set()
for (const file of entryFiles) {
  const module = checker.getSymbolAtLocation(program.getSourceFile(file))
  for (const symbol of checker.getExportsOfModule(module)) {
    exported.add(symbol.name)
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
    const types = []
    if (target.flags & (ts.SymbolFlags.Type | ts.SymbolFlags.Class)) {
      types.push(checker.getDeclaredTypeOfSymbol(target))
    }
    if (target.flags & ts.SymbolFlags.Value) {
      const type = checker.getTypeOfSymbol(target)
      types.push(type, ...type.getCallSignatures().map((call) => call.getReturnType()))
    }
    for (const type of types) {
      for (const property of checker.getPropertiesOfType(checker.getApparentType(type))) {
        members.add(property.name)
      }
    }
  }
}
for (const { call, where } of calls) {
  if (notExported.has(call) || isSql(call) || exported.has(call) || members.has(call)) continue
  failures.push(
    `${where}: \`${call}(\` is neither exported by integrity-ledger nor a method of what it exports`,
  )
}

for (const failure of failures) console.error(failure)
console.log(
  `doc snippets: ${blockCount} blocks on ${files.length} of ${pages.length} pages, ${calls.length} inline calls: ${failures.length === 0 ? 'ok' : `${failures.length} FAILURES`}`,
)
process.exit(failures.length === 0 ? 0 : 1)
