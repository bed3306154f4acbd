import { defineConfig, type Options } from 'tsup'

const shared: Options = {
  // tsup passes `baseUrl` to the compiler, which TypeScript 6 reports as deprecated.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  target: 'es2022',
  treeshake: true,
  splitting: false,
}

export default defineConfig([
  {
    ...shared,
    entry: {
      index: 'src/index.ts',
      node: 'src/node.ts',
      sqlite: 'src/adapters/sqlite/index.ts',
      postgres: 'src/adapters/postgres/index.ts',
    },
    format: ['esm', 'cjs'],
    clean: true,
  },
  // vitest can only be imported, never required, so the testing subpath is ESM only.
  { ...shared, entry: { testing: 'src/testing/index.ts' }, format: ['esm'] },
])
