/**
 * `minutes candidates` and `minutes action|decision accept` as a person runs
 * them: the real command in its own process, on a real SQLite archive file.
 */
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {openArchive} from '../src/archive/index.js'
import {candidateRecord, candidateTranscript} from './helpers/candidates.js'
import {runCli} from './helpers/cli.js'

describe('candidate commands', () => {
  let folder: string
  let db: string
  let meetingId: number

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'minutes-candidates-cli-'))
    db = path.join(folder, 'minutes.db')
    const archive = await openArchive(db)
    try {
      meetingId = (await archive.ingest(candidateRecord(), {text: candidateTranscript})).meeting.id
    } finally {
      await archive.close()
    }
  })
  afterAll(() => rmSync(folder, {recursive: true, force: true}))

  it('lists candidates with id, meeting, kind, confidence, owner, text, line and quote', async () => {
    const run = await runCli(['candidates', '--db', db])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe('C1 [action 0.42] Maya Lind: Compare the printer quotes (due 2026-12-04)')
    expect(lines[1]).toMatch(new RegExp(`\\(meeting ${meetingId}, revision 1\\) · harbour/outreach-2026-11-20\\.txt:5$`))
    expect(lines[2]).toBe('    “Maya Lind: Maybe I could compare the printer quotes before the next call.”')
    expect(lines[3]).toBe('C2 [decision 0.35] Keep the newsletter monthly for the time being')
    const decisions = await runCli(['candidates', '--db', db, '--type', 'decision', '--json'])
    const {candidates} = JSON.parse(decisions.stdout)
    expect(candidates.map((entry: {id: string}) => entry.id)).toEqual(['C2'])
    expect(candidates[0]).toMatchObject({kind: 'decision', confidence: 0.35, meeting: {id: meetingId}, revision: 1, source: {startLine: 6, endLine: 6}})
    const none = await runCli(['candidates', '--db', db, '--meeting', '77'])
    expect(none.status).toBe(1)
    expect(none.stderr.trim()).toBe(`No meeting 77 in ${db}`)
  })

  it('accepts a candidate in one command, shows it among the action items and no longer among the candidates', async () => {
    const run = await runCli(['action', 'accept', String(meetingId), 'C1', '--revision', '1', '--by', 'lilian', '--db', db])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^Accepted C1 as action item (\d+):\n#\1 \[open\] Maya Lind: Compare the printer quotes \(due 2026-12-04\) \(accepted candidate\)\n/)
    const id = /action item (\d+)/.exec(run.stdout)![1]!
    const actions = JSON.parse((await runCli(['actions', '--db', db, '--json', '--meeting', String(meetingId)])).stdout)
    const item = actions.items.find((entry: {id: number}) => entry.id === Number(id))
    expect(item).toMatchObject({task: 'Compare the printer quotes', flags: ['accepted-candidate'], confidence: 0.42, evidence: {startLine: 5, startSeconds: 65}})
    const history = await runCli(['history', id, '--db', db])
    expect(history.stdout).toMatch(/lilian {2}accepted candidate C1 \(revision 1, confidence 0\.42\)/)
    const left = await runCli(['candidates', '--db', db])
    expect(left.stdout).not.toContain('C1 [')
    expect(left.stdout).toContain('C2 [decision 0.35]')
  })

  it('refuses, with the reason and exit code 1, a second acceptance, unknown ids, the wrong kind and a missing argument', async () => {
    const again = await runCli(['action', 'accept', String(meetingId), 'C1', '--db', db])
    expect(again.status).toBe(1)
    expect(again.stderr.trim()).toMatch(new RegExp(`^Candidate C1 of meeting ${meetingId} was already accepted as item \\d+$`))
    const unknown = await runCli(['decision', 'accept', String(meetingId), 'C44', '--db', db])
    expect(unknown.status).toBe(1)
    expect(unknown.stderr.trim()).toBe(`No candidate C44 in meeting ${meetingId} (revision 1 has C1-C2)`)
    const stale = await runCli(['decision', 'accept', String(meetingId), 'C2', '--revision', '3', '--db', db])
    expect(stale.status).toBe(1)
    expect(stale.stderr.trim()).toBe(`Meeting ${meetingId} is at revision 1, not 3: its candidate ids may stand for other candidates now. List them again with \`minutes candidates --meeting ${meetingId}\`.`)
    const wrongKind = await runCli(['action', 'accept', String(meetingId), 'C2', '--db', db])
    expect(wrongKind.status).toBe(1)
    expect(wrongKind.stderr.trim()).toBe(`Candidate C2 of meeting ${meetingId} is a decision, not an action item`)
    const noMeeting = await runCli(['decision', 'accept', '99', 'C2', '--db', db])
    expect(noMeeting.stderr.trim()).toBe(`No meeting 99 in ${db}`)
    const notANumber = await runCli(['decision', 'accept', 'two', 'C2', '--db', db])
    expect(notANumber.status).toBe(1)
    expect(notANumber.stderr).toContain('`two` is not a meeting id')
    const missing = await runCli(['decision', 'accept', String(meetingId), '--db', db])
    expect(missing.status).toBe(1)
    expect(missing.stderr).toContain('minutes decision accept MEETING ID')
    for (const run of [again, unknown, wrongKind, noMeeting, notANumber, missing]) expect(run.stderr).not.toMatch(/\n\s+at /)
    const accepted = await runCli(['decision', 'accept', String(meetingId), 'C2', '--db', db])
    expect(accepted.status).toBe(0)
    expect(accepted.stdout).toMatch(/\[confirmed\] Keep the newsletter monthly for the time being \(accepted candidate\)/)
    expect((await runCli(['candidates', '--db', db])).stdout.trim()).toBe('No candidates wait for review.')
  })
})
