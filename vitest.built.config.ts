import { defineConfig } from 'vitest/config'

// What users run is tested as built: the executable in its own processes, and the query
// service's pages with the bundled browser verifier in Chromium. These run after
// `npm run build`, apart from the unit tests, which run on the sources.
export default defineConfig({
  test: {
    include: ['test/cli/**/*.test.ts', 'test/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
