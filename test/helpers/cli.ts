/**
 * The `minutes` command bundled once per test file, as `npm run build` ships
 * it, so that tests run the real command in a real process (exit code,
 * standard error) without depending on a prior build.
 */
import {spawnSync, type SpawnSyncReturns} from 'node:child_process'
import {mkdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
let built: Promise<string> | undefined

/** Bundle `entry` (relative to the repository) into a private folder; returns the script's path. */
export async function bundle(entry: string, name: string): Promise<string> {
  const out = path.join(repoRoot, 'node_modules', '.cache', 'minutes-tests', `${process.pid}-${Math.random().toString(36).slice(2)}`)
  mkdirSync(out, {recursive: true})
  const outfile = path.join(out, `${name}.js`)
  await build({
    entryPoints: [path.join(repoRoot, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    external: ['better-sqlite3', 'pg-native'],
    banner: {js: "import {createRequire as __minutesRequire} from 'node:module'; const require = __minutesRequire(import.meta.url);"}
  })
  return outfile
}

/** The bundled command. */
export function cliPath(): Promise<string> {
  built ??= bundle('src/cli/index.ts', 'minutes')
  return built
}

/** Run `minutes <args>` to the end. */
export async function runCli(args: string[], options: {env?: NodeJS.ProcessEnv; cwd?: string} = {}): Promise<SpawnSyncReturns<string>> {
  const script = await cliPath()
  return spawnSync(process.execPath, [script, ...args], {encoding: 'utf8', env: {...process.env, ...options.env}, cwd: options.cwd ?? repoRoot})
}

