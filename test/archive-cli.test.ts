/** The archive's commands as shipped (`dist/minutes.js`): outputs, JSON shapes, exit codes. */
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = path.join(root, 'dist', 'minutes.js')

function minutes(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: root, encoding: 'utf8', env: {...process.env, ...env}})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('archive commands', () => {
  let folder: string
  let db: string

  beforeAll(() => {
    if (!existsSync(cli)) expect(spawnSync('npm', ['run', 'build', '--silent'], {cwd: root, stdio: 'inherit'}).status).toBe(0)
    folder = mkdtempSync(path.join(tmpdir(), 'minutes-cli-'))
    db = path.join(folder, 'out', 'minutes.db')
    const run = minutes(['process', 'samples', '--out', path.join(folder, 'out'), '--settle-ms', '0', '--format', 'json'])
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/archive: new meeting \d+/)
    expect(existsSync(db)).toBe(true)
  })

  afterAll(() => rmSync(folder, {recursive: true, force: true}))

  it('`search --json` prints total and hits in the documented shape', () => {
    const run = minutes(['search', 'Instagram', '--json', '--limit', '2'], {MINUTES_DB: db})
    expect(run.status).toBe(0)
    const result = JSON.parse(run.stdout)
    expect(result.total).toBeGreaterThan(2)
    expect(result.hits).toHaveLength(2)
    const hit = result.hits[0]
    expect(Object.keys(hit).sort()).toEqual(['id', 'meeting', 'snippet', 'source', 'speaker', 'text', 'type'])
    expect(Object.keys(hit.meeting).sort()).toEqual(['date', 'group', 'id', 'language', 'title'])
    expect(Object.keys(hit.source).sort()).toEqual(['endLine', 'path', 'startLine'])
    expect(hit.meeting.date).toMatch(/^2019-/)
  })

  it('`actions --json` lists items with task, owner, due, status, meeting and evidence', () => {
    const run = minutes(['actions', '--db', db, '--json', '--group', 'LACRALO Governance Working Group'])
    expect(run.status).toBe(0)
    const {items} = JSON.parse(run.stdout)
    expect(items.length).toBeGreaterThan(0)
    for (const item of items) {
      expect(item).toMatchObject({status: 'open', meeting: {group: 'LACRALO Governance Working Group', date: '2017-11-30'}})
      expect(typeof item.task).toBe('string')
      expect(item.evidence.quote.length).toBeGreaterThan(0)
    }
  })

  it('reviews by id, keeps the history, exports CSV', () => {
    const {items} = JSON.parse(minutes(['actions', '--db', db, '--json', '--limit', '1']).stdout)
    const id = String(items[0].id)
    const done = minutes(['action', id, '--done', '--comment', 'Sent, with "quotes", and commas', '--by', 'ana', '--db', db])
    expect(done.status).toBe(0)
    expect(done.stdout).toContain('[done]')
    const history = minutes(['history', id, '--db', db])
    expect(history.stdout).toMatch(/ana {2}status: open → done/)
    expect(history.stdout).toMatch(/ana {2}comment: Sent, with "quotes", and commas/)
    const csv = minutes(['export', '--format', 'csv', '--status', 'done', '--db', db])
    expect(csv.status).toBe(0)
    expect(csv.stdout).toContain('"ana: Sent, with ""quotes"", and commas"')
    expect(csv.stdout.trim().split('\n')).toHaveLength(2)
  })

  it('says what is wrong, without a stack trace, with exit codes 1 and 2', () => {
    const unknown = minutes(['action', '424242', '--done', '--db', db])
    expect(unknown.status).toBe(1)
    expect(unknown.stderr.trim()).toBe(`No action item 424242 in ${db}`)
    const date = minutes(['actions', '--due-before', 'tomorrow', '--db', db])
    expect(date.status).toBe(1)
    expect(date.stderr).toContain('--due-before `tomorrow` is not a date')
    for (const query of ['"', 'NEAR(', '*', '-', ':', '"metrics']) {
      const run = minutes(['search', query, '--db', db])
      expect(run.stderr, query).not.toMatch(/at |SqliteError|fts5/i)
      expect([0, 1], query).toContain(run.status)
    }
    const notes = path.join(folder, 'notes.txt')
    writeFileSync(notes, 'not an archive\n')
    const refused = minutes(['search', 'metrics', '--db', notes])
    expect(refused.status).toBe(2)
    expect(refused.stderr).toContain('is not a minutes archive')
    expect(readFileSync(notes, 'utf8')).toBe('not an archive\n')
    const missing = minutes(['search', 'metrics', '--db', path.join(folder, 'nowhere.db')])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain('No archive at')
  })

  it('`process --no-archive` writes no archive', () => {
    const out = path.join(folder, 'plain')
    const run = minutes(['process', 'samples/001_48dbbc05ea8fe6b1.txt', '--out', out, '--settle-ms', '0', '--no-archive'])
    expect(run.status).toBe(0)
    expect(existsSync(path.join(out, 'minutes.db'))).toBe(false)
  })
})
