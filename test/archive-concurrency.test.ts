/**
 * Two real processes on one archive file: a loop of `minutes process` writing
 * new revisions while another process reviews an item and searches. Nothing
 * may fail with "database is locked", and nothing may be lost. The test counts
 * what each side did; it does not depend on how their runs interleave.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {spawn, spawnSync} from 'node:child_process'
import {appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {openArchive} from '../src/archive/index.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = path.join(root, 'dist', 'minutes.js')
const samples = path.join(root, 'samples')

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

function minutes(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {cwd: root})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (status) => resolve({status, stdout, stderr}))
  })
}

describe('one archive, two processes', () => {
  let folder: string
  let db: string
  let inputs: string

  beforeAll(() => {
    // The command as shipped; built when missing (CI builds it with `npm ci`).
    if (!existsSync(cli)) expect(spawnSync('npm', ['run', 'build', '--silent'], {cwd: root, stdio: 'inherit'}).status).toBe(0)
    folder = mkdtempSync(path.join(tmpdir(), 'minutes-concurrency-'))
    db = path.join(folder, 'minutes.db')
    inputs = path.join(folder, 'in')
    mkdirSync(inputs)
    for (const name of readdirSync(samples)) copyFileSync(path.join(samples, name), path.join(inputs, name))
  })

  afterAll(() => rmSync(folder, {recursive: true, force: true}))

  it('processing, reviewing and searching at once: no lock failure, nothing lost', async () => {
    const first = await minutes(['process', inputs, '--out', path.join(folder, 'out'), '--db', db, '--settle-ms', '0', '--quiet'])
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    const listed = await minutes(['actions', '--db', db, '--json', '--limit', '1'])
    const item = JSON.parse(listed.stdout).items[0] as {id: number}

    const rounds = 4
    const reviews = 8
    const writer = (async () => {
      const runs: Run[] = []
      for (let round = 0; round < rounds; round++) {
        // A corrected transcript each round: every file gets a new revision.
        for (const name of readdirSync(inputs)) appendFileSync(path.join(inputs, name), `\nCorrection ${round}.\n`)
        runs.push(await minutes(['process', inputs, '--out', path.join(folder, 'out'), '--db', db, '--settle-ms', '0', '--quiet']))
      }
      return runs
    })()
    const reviewer = (async () => {
      const runs: Run[] = []
      for (let review = 0; review < reviews; review++) {
        runs.push(await minutes(['action', String(item.id), review % 2 === 0 ? '--done' : '--reopen', '--comment', `Round ${review}`, '--by', 'reviewer', '--db', db]))
        runs.push(await minutes(['search', 'metrics', '--db', db, '--json']))
      }
      return runs
    })()
    const [written, reviewed] = await Promise.all([writer, reviewer])

    for (const run of [...written, ...reviewed]) {
      expect(run.stderr).not.toMatch(/locked|busy/i)
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
    }
    for (const run of reviewed.filter((_, index) => index % 2 === 1)) expect(JSON.parse(run.stdout).total).toBeGreaterThan(0)

    const archive = await openArchive(db)
    try {
      const meetings = await archive.meetings()
      expect(meetings).toHaveLength(5)
      for (const meeting of meetings) expect(meeting.revisions).toBe(rounds + 1)
      const after = (await archive.item(item.id))!
      expect(after.comments.map((comment) => comment.text)).toEqual(Array.from({length: reviews}, (_, review) => `Round ${review}`))
      expect(after.status).toBe(reviews % 2 === 0 ? 'open' : 'done')
      const history = await archive.history(item.id)
      expect(history.filter((entry) => entry.field === 'status')).toHaveLength(reviews)
      expect(history.filter((entry) => entry.field === 'comment')).toHaveLength(reviews)
    } finally {
      await archive.close()
    }
  }, 180_000)
})
