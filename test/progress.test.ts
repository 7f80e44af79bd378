/**
 * `minutes process` shows a progress bar on a terminal, and never when its
 * output is piped. The terminal is a real pseudo-terminal, made by
 * util-linux's `script`.
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync} from 'node:fs'
import path from 'node:path'
import {expect, it} from 'vitest'
import {command, repoRoot, temporaryFolder} from './helpers/watch-service.js'

const script = ['/usr/bin/script', '/bin/script'].find((candidate) => existsSync(candidate))

function batch(count: number): string {
  const folder = temporaryFolder('minutes-progress-')
  const input = path.join(folder, 'in')
  mkdirSync(input)
  for (let index = 0; index < count; index++) copyFileSync(path.join(repoRoot, 'samples', '004_56ba815c1475ceab.txt'), path.join(input, `call-${index}.txt`))
  return folder
}

it.skipIf(!script)('shows a progress bar on a terminal for a batch, and none when piped', () => {
  const folder = batch(7)
  const args = [command, 'process', path.join(folder, 'in'), '--out', path.join(folder, 'out'), '--no-archive', '--settle-ms', '0']
  const quoted = [process.execPath, ...args].map((arg) => `'${arg}'`).join(' ')
  const terminal = spawnSync(script!, ['-qec', quoted, '/dev/null'], {encoding: 'utf8', timeout: 120_000})
  expect(terminal.status).toBe(0)
  expect(terminal.stdout).toMatch(/processing .*\d\/7 files/)
  expect(terminal.stdout).toContain('7 processed, 0 failed')

  const piped = spawnSync(process.execPath, args, {encoding: 'utf8', timeout: 120_000})
  expect(piped.status).toBe(0)
  expect(piped.stdout + piped.stderr).not.toMatch(/processing .*files/)
  expect(piped.stdout).toContain('7 processed, 0 failed')

  // A small batch finishes before a bar would say anything.
  const small = batch(3)
  const few = [process.execPath, command, 'process', path.join(small, 'in'), '--out', path.join(small, 'out'), '--no-archive', '--settle-ms', '0'].map((arg) => `'${arg}'`).join(' ')
  const quiet = spawnSync(script!, ['-qec', few, '/dev/null'], {encoding: 'utf8', timeout: 120_000})
  expect(quiet.stdout).not.toMatch(/processing .*files/)
  expect(quiet.stdout).toContain('3 processed, 0 failed')
}, 180_000)
