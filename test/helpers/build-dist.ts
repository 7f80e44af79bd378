/**
 * vitest global setup: the drop-folder tests run the shipped command
 * (`node dist/minutes.js watch …`) as a child process, so `dist/` is rebuilt
 * first when any source is newer than it.
 */
import {execFileSync} from 'node:child_process'
import {readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

function newest(entry: string): number {
  const info = statSync(entry, {throwIfNoEntry: false})
  if (!info) return 0
  if (!info.isDirectory()) return info.mtimeMs
  return Math.max(0, ...readdirSync(entry).map((name) => newest(path.join(entry, name))))
}

export default function setup(): void {
  const built = Math.min(...['minutes.js', 'job-worker.js'].map((name) => statSync(path.join(root, 'dist', name), {throwIfNoEntry: false})?.mtimeMs ?? 0))
  const sources = Math.max(...['src', 'pipelines', 'scripts/build.js', 'package-lock.json'].map((entry) => newest(path.join(root, entry))))
  if (built >= sources) return
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.js')], {cwd: root, stdio: 'inherit'})
}
