/**
 * The service killed outright (SIGKILL) in the middle of a batch of 200,
 * then started again: nothing is lost, nothing is done twice, nothing is
 * left half written.
 */
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, expect, it} from 'vitest'
import {openArchive} from '../src/archive/index.js'
import type {MeetingRecord} from '../src/record.js'
import {formats} from '../src/render/index.js'
import {Service, sha256, temporaryFolder, transcript} from './helpers/watch-service.js'

const services: Service[] = []
afterAll(async () => {
  await Promise.all(services.map((service) => service.stop('SIGKILL')))
})

it('loses nothing and does nothing twice when killed mid-batch and restarted', {timeout: 240_000}, async () => {
  const folder = temporaryFolder('minutes-fault-')
  const total = 200
  const names = Array.from({length: total}, (_, index) => `transcript ${String(index).padStart(3, '0')}.txt`)
  const first = new Service(folder, ['--settle-ms', '100'])
  services.push(first)
  await first.started()
  for (const [index, name] of names.entries()) writeFileSync(path.join(folder, name), transcript(index))

  // Killed once a good part is done and the rest is in flight or waiting.
  await first.waitFor(() => first.of('done').length >= 40, 180_000)
  await first.stop('SIGKILL')
  const doneBeforeKill = first.of('done').length
  expect(doneBeforeKill).toBeLessThan(total)

  const second = new Service(folder, ['--settle-ms', '100'])
  services.push(second)
  await second.waitFor(() => {
    const finished = new Set([...first.of('done'), ...second.of('done')].map((event) => event.file))
    return finished.size + second.of('duplicate').length >= total || readdirSync(path.join(folder, 'done')).length >= total
  }, 180_000)
  // Anything still settling has its outcome before the checks.
  await second.waitFor(() => readdirSync(path.join(folder, 'processing')).length === 0 && readdirSync(folder).every((name) => !name.endsWith('.txt')), 60_000)
  const {code} = await second.stop('SIGTERM')
  expect(code).toBe(0)

  const events = [...first.events, ...second.events]
  // No file was reported done twice, none failed.
  const reported = events.filter((event) => event.event === 'done').map((event) => event.file!)
  expect(reported.length).toBe(new Set(reported).size)
  expect(events.filter((event) => event.event === 'failed')).toEqual([])

  // processing/ is empty, and every original is in done/ exactly once.
  expect(readdirSync(path.join(folder, 'processing'))).toEqual([])
  const done = readdirSync(path.join(folder, 'done')).sort()
  expect(done).toEqual(names.map((name, index) => name.replace(/\.txt$/, `.${sha256(transcript(index)).slice(0, 12)}.txt`)).sort())
  for (const [index, name] of names.entries()) {
    const original = path.join(folder, 'done', name.replace(/\.txt$/, `.${sha256(transcript(index)).slice(0, 12)}.txt`))
    expect(readFileSync(original, 'utf8')).toBe(transcript(index))
  }

  // Every one of the 200 has its minutes; no output is truncated or invalid.
  const out = path.join(folder, 'minutes')
  expect(readdirSync(out).filter((name) => name.includes('.partial-'))).toEqual([])
  expect(readdirSync(out).filter((name) => !name.startsWith('minutes.db')).sort()).toEqual(names.flatMap((name) => [name.replace(/\.txt$/, '.json'), name.replace(/\.txt$/, '.md')]).sort())
  for (const [index, name] of names.entries()) {
    const record = JSON.parse(readFileSync(path.join(out, name.replace(/\.txt$/, '.json')), 'utf8')) as MeetingRecord
    expect(record.source.sha256).toBe(sha256(transcript(index)))
    const minutes = readFileSync(path.join(out, name.replace(/\.txt$/, '.md')), 'utf8')
    // Whole minutes: exactly what the renderer makes of the record, not a cut file.
    expect(minutes).toBe(formats.md!.render(record))
  }
  expect(existsSync(path.join(folder, '.minutes-watch.lock'))).toBe(false)

  // The archive holds every one of them, once.
  const archive = await openArchive(path.join(out, 'minutes.db'))
  try {
    const meetings = await archive.meetings({limit: 1000})
    expect(meetings.map((meeting) => meeting.sha256).sort()).toEqual(names.map((_, index) => sha256(transcript(index))).sort())
  } finally {
    await archive.close()
  }
})
