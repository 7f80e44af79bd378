/** `minutes serve` as shipped (`dist/minutes.js`): it serves a processed archive, stops on a signal, and refuses what it must. */
import {spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = path.join(root, 'dist', 'minutes.js')

let folder: string
let db: string

beforeAll(() => {
  if (!existsSync(cli)) expect(spawnSync('npm', ['run', 'build', '--silent'], {cwd: root, stdio: 'inherit'}).status).toBe(0)
  folder = mkdtempSync(path.join(tmpdir(), 'minutes-serve-'))
  db = path.join(folder, 'out', 'minutes.db')
  const run = spawnSync(process.execPath, [cli, 'process', 'samples/003_e93db6254adc49bd.txt', '--out', path.join(folder, 'out'), '--settle-ms', '0', '--quiet'], {cwd: root, encoding: 'utf8'})
  expect(run.stderr).toBe('')
})

afterAll(() => {
  if (folder) rmSync(folder, {recursive: true, force: true})
})

describe('minutes serve', () => {
  it('serves the archive `minutes process` wrote, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [cli, 'serve', '--db', db, '--port', '0'], {cwd: root})
    let output = ''
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        const found = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)
        if (found) resolve(found[1]!)
      })
      child.once('exit', (code) => reject(new Error(`minutes serve exited with ${code}: ${output}`)))
    })
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    try {
      const page = await fetch(url)
      expect(page.status).toBe(200)
      expect(await page.text()).toContain('LACRALO Communications Working Group')
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
      const script = await fetch(`${url}assets/review.js`)
      expect(script.headers.get('content-type')).toMatch(/^text\/javascript/)
    } finally {
      child.kill('SIGTERM')
    }
    expect(await exited).toBe(0)
  })

  it('refuses a non-loopback host without a token file (exit 2)', () => {
    const run = spawnSync(process.execPath, [cli, 'serve', '--db', db, '--host', '0.0.0.0', '--port', '0'], {cwd: root, encoding: 'utf8', timeout: 20_000})
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('without an access token: give --token-file FILE')
  })

  it('refuses a token file that is too short, and an archive that does not exist (exit 2)', () => {
    const token = path.join(folder, 'token')
    writeFileSync(token, 'short\n')
    const short = spawnSync(process.execPath, [cli, 'serve', '--db', db, '--host', '0.0.0.0', '--token-file', token], {cwd: root, encoding: 'utf8', timeout: 20_000})
    expect(short.status).toBe(2)
    expect(short.stderr).toContain('at least 16 characters')
    const missing = spawnSync(process.execPath, [cli, 'serve', '--db', path.join(folder, 'none.db'), '--port', '0'], {cwd: root, encoding: 'utf8', timeout: 20_000})
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain('No archive at')
  })
})
