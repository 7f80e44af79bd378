// Bundles the command, the library and the benchmark into single files in
// dist/: one file to load starts in half the time of a tree of modules.
import {rmSync} from 'node:fs'
import {build} from 'esbuild'

rmSync(new URL('../dist', import.meta.url), {recursive: true, force: true})

const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  // Less source for V8 to parse at start-up; names kept for stack traces.
  minify: true,
  keepNames: true,
  logLevel: 'warning',
  // A native module: loaded from node_modules at run time, never bundled.
  external: ['better-sqlite3'],
  // Bundled CommonJS dependencies call `require`; give them one.
  banner: {js: "import {createRequire as __minutesRequire} from 'node:module'; const require = __minutesRequire(import.meta.url);"}
}

await build({...shared, entryPoints: {minutes: 'src/cli/index.ts', index: 'src/index.ts'}, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]'})
// The benchmark stays apart: it is not part of what ships.
await build({...shared, entryPoints: {bench: 'bench/run.ts', 'peak-rss': 'bench/peak-rss.ts'}, outdir: 'dist/bench'})
