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
    // The drop-folder tests run the built command: rebuild dist/ when it is stale.
    globalSetup: ['test/helpers/build-dist.ts'],
    testTimeout: 30_000
  }
})
