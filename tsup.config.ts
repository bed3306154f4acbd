import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { defineConfig, type Options } from 'tsup'

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number]

/**
 * Keeps every source module its own output module: each relative import is left external and
 * rewritten to the file it names, with the extension of the format being built (`./x` becomes
 * `./x.js` or `./x/index.cjs`). esbuild runs no resolve plugins when `bundle` is false, so the
 * build bundles with every relative import external instead.
 */
function relativeImportsExternal(extension: '.js' | '.cjs'): EsbuildPlugin {
  return {
    name: 'relative-imports-external',
    setup(build) {
      build.onResolve({ filter: /^\.\.?(\/|$)/ }, (args) => {
        if (args.kind === 'entry-point') return undefined
        const target = resolve(args.resolveDir, args.path)
        if (existsSync(`${target}.ts`)) return { path: `${args.path}${extension}`, external: true }
        if (existsSync(resolve(target, 'index.ts'))) {
          return { path: `${args.path.replace(/\/$/, '')}/index${extension}`, external: true }
        }
        return { errors: [{ text: `cannot resolve ${args.path} from ${dirname(args.importer)}` }] }
      })
    },
  }
}

// src/browser is the page script only, bundled whole below; no package entry exports it.
const modules = ['src/**/*.ts', '!src/browser/**']

const shared: Options = {
  entry: modules,
  bundle: true,
  sourcemap: true,
  target: 'es2022',
  splitting: false,
  // Declarations come from scripts/build-declarations.mjs, one per source module.
  dts: false,
}

export default defineConfig([
  { ...shared, format: ['esm'], clean: true, esbuildPlugins: [relativeImportsExternal('.js')] },
  // vitest can only be imported, never required, so the testing modules are ESM only; so is
  // the executable, which finds its package.json through import.meta.url.
  {
    ...shared,
    entry: [...modules, '!src/testing/**', '!src/cli/main.ts'],
    format: ['cjs'],
    esbuildPlugins: [relativeImportsExternal('.cjs')],
  },
  // The script a public report page loads to verify itself: one self-contained file, every
  // dependency inlined, for browsers only (see docs/disclosure.md and scripts/size-budget.mjs).
  {
    entry: { 'browser/verify-report-page': 'src/browser/verifyReportPage.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    bundle: true,
    noExternal: [/.*/],
    minify: true,
    splitting: false,
    sourcemap: false,
    dts: false,
    outExtension: () => ({ js: '.js' }),
  },
])
