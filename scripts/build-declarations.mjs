// Writes one declaration file per source module next to the built JavaScript: `.d.ts` for the
// ESM build and `.d.cts` for the CJS one, with relative imports naming the file they resolve
// to (`./x.js`, `./x/index.cjs`). `isolatedDeclarations` lets each file be done on its own.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'

const root = resolve(dirname(new URL(import.meta.url).pathname), '..')
const src = join(root, 'src')
const dist = join(root, 'dist')
const compilerOptions = {
  target: ts.ScriptTarget.ES2022,
  declaration: true,
  isolatedDeclarations: true,
}

const sources = readdirSync(src, { recursive: true })
  .map(String)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))

/** The relative specifier as a file name with `extension`, checked against the sources. */
function rewrite(specifier, fromDir, extension) {
  const target = resolve(fromDir, specifier)
  if (existsSync(`${target}.ts`)) return `${specifier}${extension}`
  if (existsSync(join(target, 'index.ts')))
    return `${specifier.replace(/\/$/, '')}/index${extension}`
  throw new Error(`cannot resolve ${specifier} from ${relative(root, fromDir)}`)
}

/** The declaration text with every relative module specifier rewritten. */
function withExtensions(text, fromDir, extension) {
  const file = ts.createSourceFile('x.d.ts', text, ts.ScriptTarget.ES2022, true)
  const literals = []
  const visit = (node) => {
    const spec =
      ts.isImportDeclaration(node) || ts.isExportDeclaration(node)
        ? node.moduleSpecifier
        : ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)
          ? node.argument.literal
          : undefined
    if (spec !== undefined && ts.isStringLiteral(spec) && /^\.\.?(\/|$)/.test(spec.text)) {
      literals.push(spec)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  let out = text
  for (const literal of literals.sort((a, b) => b.getStart() - a.getStart())) {
    const replaced = JSON.stringify(rewrite(literal.text, fromDir, extension)).replaceAll('"', "'")
    out = out.slice(0, literal.getStart()) + replaced + out.slice(literal.getEnd())
  }
  return out
}

let failures = 0
for (const name of sources) {
  const path = join(src, name)
  const result = ts.transpileDeclaration(readFileSync(path, 'utf8'), {
    fileName: path,
    compilerOptions,
    reportDiagnostics: true,
  })
  for (const diagnostic of result.diagnostics ?? []) {
    failures++
    console.error(`${name}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`)
  }
  // The page script is bundled whole into dist/browser/verify-report-page.js; no package entry
  // exports its modules, so they get no declarations (their diagnostics above still count).
  if (name.startsWith(`browser${'/'}`)) continue
  const base = join(dist, name.slice(0, -'.ts'.length))
  mkdirSync(dirname(base), { recursive: true })
  const text = result.outputText.replace(/\n?\/\/# sourceMappingURL=.*\n?$/, '\n')
  writeFileSync(`${base}.d.ts`, withExtensions(text, dirname(path), '.js'))
  // The testing modules are ESM only (vitest cannot be required).
  if (!name.startsWith(`testing${'/'}`)) {
    writeFileSync(`${base}.d.cts`, withExtensions(text, dirname(path), '.cjs'))
  }
}
if (failures > 0) process.exit(1)
console.log(`declarations: ${sources.length} modules`)
