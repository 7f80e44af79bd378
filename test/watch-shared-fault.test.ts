/**
 * Three `minutes watch` services on one drop folder and one PostgreSQL
 * archive, 300 transcripts dropped, one service killed with SIGKILL while it
 * holds files: every transcript is processed exactly once, none is lost, and
 * the files the killed service held are finished by the others once its
 * lease runs out. The checks count outcomes; they do not depend on how the
 * three services' work interleaves.
 */
import {readFileSync, readdirSync, renameSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import {afterAll, expect, it} from 'vitest'
import type {MeetingRecord} from '../src/record.js'
import {freshDatabase} from './helpers/postgres.js'
import {Service, sha256, temporaryFolder} from './helpers/watch-service.js'

const total = 300
const groups = ['Finance Working Group', 'Outreach Working Group', 'Governance Working Group']

/** A short, distinct transcript: its own group and date, so each is a meeting of its own. */
function transcript(index: number): string {
  const day = new Date(Date.UTC(2020, 0, 1) + index * 86_400_000)
  const date = day.toLocaleDateString('en-US', {weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC'})
  return [
    'JANE DOE:',
    '',
    `Welcome to this call of the ${groups[index % groups.length]} on ${date}. This is call number ${index}.`,
    '',
    'JOHN ROE:',
    '',
    `Thank you, Jane. We agreed to publish report ${index} on the website.`,
    '',
    'JANE DOE:',
    '',
    `John will send the draft of report ${index} to the list by Friday.`,
    ''
  ].join('\n')
}

const services: Service[] = []
let client: pg.Client | undefined
afterAll(async () => {
  for (const service of services) if (service.child.signalCode === 'SIGSTOP') service.child.kill('SIGCONT')
  await Promise.all(services.map((service) => service.stop('SIGKILL')))
  await client?.end()
})

async function until(check: () => Promise<boolean>, what: string, limitMs = 240_000): Promise<void> {
  const start = Date.now()
  while (!(await check())) {
    if (Date.now() - start > limitMs) throw new Error(`Gave up waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

it('processes each of 300 files exactly once across three services, one killed with SIGKILL mid-batch', {timeout: 400_000}, async () => {
  const url = await freshDatabase('shared')
  client = new pg.Client({connectionString: url})
  await client.connect()
  const folder = temporaryFolder('minutes-shared-')
  const staging = temporaryFolder('minutes-shared-staging-')
  const args = ['--db', url, '--concurrency', '2', '--lease-seconds', '6', '--settle-ms', '100']
  for (let index = 0; index < 3; index++) services.push(new Service(folder, args))
  await Promise.all(services.map((service) => service.started()))
  const workerOf = (service: Service): string => service.of('started')[0]!.worker as string
  const [victim, ...survivors] = services as [Service, Service, Service]
  const victimName = workerOf(victim)

  // Dropped as staff would copy them in: each file appears whole (written aside, then renamed in).
  const names = Array.from({length: total}, (_, index) => `call ${String(index).padStart(3, '0')}.txt`)
  for (const [index, name] of names.entries()) {
    writeFileSync(path.join(staging, name), transcript(index))
    renameSync(path.join(staging, name), path.join(folder, name))
  }

  // Mid-batch: once the victim has finished some files, freeze it at a moment it holds others, then kill it.
  await victim.waitFor((events) => events.filter((event) => event.event === 'done').length >= 10, 240_000)
  let held: string[] = []
  for (let attempt = 0; attempt < 50 && held.length === 0; attempt++) {
    victim.child.kill('SIGSTOP')
    const claimed = await client.query<{key: string}>("SELECT key FROM jobs WHERE state = 'claimed' AND worker = $1", [victimName])
    held = claimed.rows.map((row) => row.key)
    if (held.length === 0) {
      victim.child.kill('SIGCONT')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  expect(held.length).toBeGreaterThan(0)
  victim.child.kill('SIGKILL')
  await victim.exited
  const doneBeforeKill = (await client.query("SELECT count(*)::int AS n FROM jobs WHERE state = 'done'")).rows[0].n
  expect(doneBeforeKill).toBeLessThan(total)

  // The others finish everything, the victim's files included once its lease has run out.
  await until(async () => (await client!.query("SELECT count(*)::int AS n FROM jobs WHERE state IN ('done', 'failed')")).rows[0].n >= total, 'every job to finish')
  await until(async () => readdirSync(path.join(folder, 'processing')).length === 0 && !readdirSync(folder).some((name) => name.endsWith('.txt')), 'the folders to empty', 30_000)
  for (const service of survivors) expect((await service.stop('SIGTERM')).code).toBe(0)

  // The job table: 300 jobs, each done once; those the victim held were finished by a survivor, on a later claim.
  const jobs = (await client.query<{key: string; state: string; worker: string; attempts: number; name: string}>("SELECT key, state, worker, attempts, payload->>'name' AS name FROM jobs")).rows
  expect(jobs).toHaveLength(total)
  expect(jobs.filter((job) => job.state !== 'done')).toEqual([])
  const survivorNames = new Set(survivors.map(workerOf))
  for (const key of held) {
    const job = jobs.find((entry) => entry.key === key)!
    expect(survivorNames.has(job.worker), `${job.name} finished by ${job.worker}`).toBe(true)
    expect(job.attempts).toBeGreaterThanOrEqual(2)
  }

  // Reported done at most once, by the service that finished the job; none failed. A file the victim
  // finished in the instant before it was killed may have gone unreported, never reported twice.
  const events = services.flatMap((service) => service.events)
  expect(events.filter((event) => event.event === 'failed')).toEqual([])
  const reported = events.filter((event) => event.event === 'done')
  expect(reported.length).toBe(new Set(reported.map((event) => event.file)).size)
  const byName = new Map(jobs.map((job) => [job.name, job]))
  for (const event of reported) expect(event.worker, event.file).toBe(byName.get(event.file!)!.worker)
  const unreported = names.filter((name) => !reported.some((event) => event.file === name))
  for (const name of unreported) expect(byName.get(name)!.worker, name).toBe(victimName)

  // Every original in done/ exactly once, intact; processing/ empty.
  expect(readdirSync(path.join(folder, 'processing'))).toEqual([])
  const doneName = (name: string, index: number): string => name.replace(/\.txt$/, `.${sha256(transcript(index)).slice(0, 12)}.txt`)
  expect(readdirSync(path.join(folder, 'done')).sort()).toEqual(names.map(doneName).sort())
  for (const [index, name] of names.entries()) expect(readFileSync(path.join(folder, 'done', doneName(name, index)), 'utf8')).toBe(transcript(index))

  // Every one has whole minutes and a valid record.
  const out = path.join(folder, 'minutes')
  expect(readdirSync(out).filter((name) => name.includes('.partial-'))).toEqual([])
  for (const [index, name] of names.entries()) {
    const record = JSON.parse(readFileSync(path.join(out, name.replace(/\.txt$/, '.json')), 'utf8')) as MeetingRecord
    expect(record.source.sha256).toBe(sha256(transcript(index)))
    expect(readFileSync(path.join(out, name.replace(/\.txt$/, '.md')), 'utf8').length).toBeGreaterThan(0)
  }

  // The archive holds each transcript once: 300 meetings, one revision each.
  const archive = (await client.query('SELECT count(*)::int AS revisions, count(DISTINCT sha256)::int AS contents, count(DISTINCT meeting_id)::int AS meetings FROM revisions')).rows[0]
  expect(archive).toEqual({revisions: total, contents: total, meetings: total})
})
