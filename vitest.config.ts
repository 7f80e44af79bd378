import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

// Vite does not follow chrono-node's wildcard `exports` (`./*`); Node does.
const chronoLocale = (code: string): string => fileURLToPath(new URL(`node_modules/chrono-node/dist/esm/locales/${code}/index.js`, import.meta.url))

export default defineConfig({
  resolve: {
    alias: Object.fromEntries(['en', 'es', 'fr', 'pt'].map((code) => [`chrono-node/${code}`, chronoLocale(code)]))
  },
  test: {
    include: ['test/**/*.test.ts'],
    // dist/ rebuilt when stale (the drop-folder tests run the built command); one throwaway
    // PostgreSQL server for the archive's tests on that engine; bundled commands removed at the end.
    globalSetup: ['test/helpers/build-dist.ts', 'test/setup/postgres.ts', 'test/setup/bundles.ts'],
    testTimeout: 30_000
  }
})
