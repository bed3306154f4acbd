import { defineConfig } from 'vitest/config'

// The command line is tested as users run it: the built executable, in its own processes.
// These run after `npm run build`, apart from the unit tests, which run on the sources.
export default defineConfig({
  test: {
    include: ['test/cli/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
