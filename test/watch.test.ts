/**
 * The drop-folder service with the real watcher on real temporary folders:
 * `node dist/minutes.js watch` as a child process, files dropped the way a
 * person or a sync client drops them.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {open} from 'node:fs/promises'
import path from 'node:path'
import {setTimeout as delay} from 'node:timers/promises'
import {afterEach, describe, expect, it} from 'vitest'
import {openArchive} from '../src/archive/index.js'
import type {MeetingRecord} from '../src/record.js'
import {Service, command, sha256, temporaryFolder, transcript} from './helpers/watch-service.js'

const running: Service[] = []
function serve(folder: string, args: string[] = []): Service {
  const service = new Service(folder, args)
  running.push(service)
  return service
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((service) => service.stop('SIGKILL')))
})

/** Write into a staging folder on the same file system, then rename into place: how a sync client drops. */
function drop(folder: string, name: string, content: string | Buffer): void {
  const staging = path.join(path.dirname(folder), `${path.basename(folder)}-staging`)
  mkdirSync(staging, {recursive: true})
  writeFileSync(path.join(staging, name), content)
  renameSync(path.join(staging, name), path.join(folder, name))
}

function files(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).sort() : []
}

/** What the minutes folder holds besides the archive (`minutes.db` and its journal). */
function outputs(out: string): string[] {
  return files(out).filter((name) => !name.startsWith('minutes.db'))
}

function count<T>(values: T[]): Map<T, number> {
  const counts = new Map<T, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return counts
}

describe('minutes watch', {timeout: 120_000}, () => {
  it('turns 50 files dropped at once into 50 minutes, each exactly once', async () => {
    const folder = temporaryFolder()
    const service = serve(folder)
    await service.started()
    const names = Array.from({length: 50}, (_, index) => `call ${String(index).padStart(2, '0')}.txt`)
    for (const [index, name] of names.entries()) writeFileSync(path.join(folder, name), transcript(index))
    await service.waitFor(() => service.outcomes().length >= 50)

    expect(service.of('failed')).toEqual([])
    const done = service.of('done')
    expect(done).toHaveLength(50)
    expect([...count(done.map((event) => event.file)).values()].every((times) => times === 1)).toBe(true)
    expect(new Set(done.map((event) => event.file))).toEqual(new Set(names))
    const out = path.join(folder, 'minutes')
    expect(outputs(out)).toEqual(names.flatMap((name) => [name.replace(/\.txt$/, '.json'), name.replace(/\.txt$/, '.md')]).sort())
    for (const [index, name] of names.entries()) {
      const record = JSON.parse(readFileSync(path.join(out, name.replace(/\.txt$/, '.json')), 'utf8')) as MeetingRecord
      expect(record.source.sha256).toBe(sha256(transcript(index)))
      // Named as dropped, not by where it was while it was processed.
      expect(record.source.path).toBe(path.resolve(folder, name))
    }
    expect(files(path.join(folder, 'done'))).toHaveLength(50)
    expect(files(path.join(folder, 'processing'))).toEqual([])
    expect(files(folder).filter((name) => !name.startsWith('.'))).toEqual(['done', 'failed', 'minutes', 'processing'])
  })

  it('takes a file written in five slow chunks once, from its complete content', async () => {
    const folder = temporaryFolder()
    // Pauses between chunks far shorter than the settle time.
    const service = serve(folder, ['--settle-ms', '1500'])
    await service.started()
    const content = transcript(7)
    const chunk = Math.ceil(content.length / 5)
    const handle = await open(path.join(folder, 'slow copy.txt'), 'w')
    for (let index = 0; index < 5; index++) {
      await handle.write(content.slice(index * chunk, (index + 1) * chunk))
      await handle.sync()
      await delay(150)
    }
    await handle.close()
    await service.waitFor(() => service.outcomes().length >= 1)
    // Give a second, wrong outcome the chance to appear before looking.
    await delay(2000)

    expect(service.outcomes()).toHaveLength(1)
    const [done] = service.of('done')
    expect(done?.sha256).toBe(sha256(content))
    const record = JSON.parse(readFileSync(path.join(folder, 'minutes', 'slow copy.json'), 'utf8')) as MeetingRecord
    expect(record.source.sha256).toBe(sha256(content))
    expect(record.source.bytes).toBe(Buffer.byteLength(content))
  })

  it('puts back a file written to while it is processed, writes no minutes from the part, and takes it again whole', async () => {
    const folder = temporaryFolder()
    const service = serve(folder, ['--settle-ms', '100'])
    await service.started()
    // Enough distinct speakers for seconds of work: time to append while it is processed.
    let text = ''
    for (let index = 0; index < 8000; index++) text += `PARTICIPANT ${index}: I think we should look at the figures again.\n`
    drop(folder, 'paused copy.txt', text)
    const taken = path.join(folder, 'processing', 'paused copy.txt')
    while (!existsSync(taken)) await delay(5)
    // The copy resumes after a pause longer than the settle time, while the
    // file is processed. (Should the service look at it only after this, it
    // takes the whole file at once: the same single, complete outcome.)
    await delay(200)
    const rest = 'PARTICIPANT 0: And one more thing before we close.\n'
    writeFileSync(taken, rest, {flag: 'a'})
    await service.waitFor(() => service.outcomes().length >= 1, 120_000)

    expect(service.of('returned').length).toBeLessThanOrEqual(1)
    expect(service.outcomes().map((event) => [event.event, event.file, event.sha256])).toEqual([['done', 'paused copy.txt', sha256(text + rest)]])
    const record = JSON.parse(readFileSync(path.join(folder, 'minutes', 'paused copy.json'), 'utf8')) as MeetingRecord
    expect(record.source.sha256).toBe(sha256(text + rest))
  })

  it('processes the same content once, dropped twice in a row or twice at once', async () => {
    const folder = temporaryFolder()
    const service = serve(folder)
    await service.started()
    drop(folder, 'first.txt', transcript(1))
    await service.waitFor(() => service.outcomes().length >= 1)
    drop(folder, 'again.txt', transcript(1))
    await service.waitFor(() => service.outcomes().length >= 2)
    // Two names, one content, at the same moment.
    writeFileSync(path.join(folder, 'left.txt'), transcript(2))
    writeFileSync(path.join(folder, 'right.txt'), transcript(2))
    await service.waitFor(() => service.outcomes().length >= 4)

    const done = service.of('done').map((event) => event.file)
    expect(done).toHaveLength(2)
    expect(done[0]).toBe('first.txt')
    expect(done[1]).toMatch(/^(left|right)\.txt$/)
    const duplicates = service.of('duplicate')
    expect(duplicates).toHaveLength(2)
    expect(duplicates[0]).toMatchObject({file: 'again.txt', sha256: sha256(transcript(1))})
    expect(duplicates[0]?.of).toMatch(/^first\.[0-9a-f]{12}\.txt$/)
    expect(outputs(path.join(folder, 'minutes')).filter((name) => name.endsWith('.json'))).toHaveLength(2)
    expect(files(path.join(folder, 'done'))).toHaveLength(4)
  })

  it('puts a binary file in failed/ with a note saying why, and keeps going', async () => {
    const folder = temporaryFolder()
    const service = serve(folder)
    await service.started()
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00])
    drop(folder, 'minutes export.txt', zip)
    drop(folder, 'notes.pdf', '%PDF-1.4 not a transcript')
    await service.waitFor(() => service.outcomes().length >= 2)
    drop(folder, 'after.txt', transcript(3))
    await service.waitFor(() => service.of('done').length >= 1)

    expect(service.of('failed').map((event) => [event.file, event.ruleId]).sort()).toEqual([
      ['minutes export.txt', 'binary-file'],
      ['notes.pdf', 'not-a-transcript']
    ])
    const failed = path.join(folder, 'failed')
    expect(files(failed)).toEqual(['minutes export.txt', 'minutes export.txt.error.txt', 'notes.pdf', 'notes.pdf.error.txt'])
    // The original, byte for byte, and a note in plain words with the rule id `process` prints.
    expect(readFileSync(path.join(failed, 'minutes export.txt'))).toEqual(zip)
    const note = readFileSync(path.join(failed, 'minutes export.txt.error.txt'), 'utf8')
    expect(note.split('\n')[0]).toBe('minutes export.txt:1:1: File is binary, not text (it has zero bytes or control characters); export the transcript as plain text [binary-file]')
    expect(note).toMatch(/What to do: .*plain text/)
    expect(service.of('done')[0]?.file).toBe('after.txt')

    const status = spawnSync(process.execPath, [command, 'status', folder, '--json'], {encoding: 'utf8'})
    expect(status.status).toBe(0)
    const report = JSON.parse(status.stdout) as {waiting: number; processing: number; done: number; failed: number; watchedBy: number; lastFailures: Array<{file: string; reason: string}>}
    expect(report).toMatchObject({waiting: 0, processing: 0, done: 1, failed: 2, watchedBy: service.child.pid})
    expect(report.lastFailures.map((failure) => failure.file).sort()).toEqual(['minutes export.txt', 'notes.pdf'])
    expect(report.lastFailures.find((failure) => failure.file === 'notes.pdf')?.reason).toMatch(/^Not a transcript file type \(\.pdf\).*\[not-a-transcript\]$/)
  })

  it('finishes the files in flight on SIGTERM, exits 0, leaves nothing half done, and the next start takes the rest', async () => {
    const folder = temporaryFolder()
    const names = Array.from({length: 30}, (_, index) => `batch-${index}.txt`)
    for (const [index, name] of names.entries()) writeFileSync(path.join(folder, name), transcript(index))
    const first = serve(folder, ['--settle-ms', '50'])
    await first.waitFor(() => first.of('done').length >= 3)
    const {code} = await first.stop('SIGTERM')
    expect(code).toBe(0)
    expect(first.of('stopped')).toHaveLength(1)

    expect(files(path.join(folder, 'processing'))).toEqual([])
    const out = path.join(folder, 'minutes')
    expect(files(out).filter((name) => name.includes('.partial-'))).toEqual([])
    const finished = first.of('done').map((event) => event.file!)
    for (const name of finished) JSON.parse(readFileSync(path.join(out, name.replace(/\.txt$/, '.json')), 'utf8'))
    // Every file is either done, with its minutes, or still waiting in the folder.
    const waiting = files(folder).filter((name) => name.endsWith('.txt'))
    expect([...finished, ...waiting].sort()).toEqual([...names].sort())
    expect(files(path.join(folder, 'done'))).toHaveLength(finished.length)

    const second = serve(folder, ['--settle-ms', '50'])
    await second.waitFor(() => second.outcomes().length >= waiting.length)
    expect(second.of('done').map((event) => event.file).sort()).toEqual(waiting.sort())
    expect(files(path.join(folder, 'done'))).toHaveLength(30)
  })

  it('stops at once on a second signal, and the next start redoes what was in progress', async () => {
    const folder = temporaryFolder()
    let text = ''
    for (let index = 0; index < 15_000; index++) text += `PARTICIPANT ${index}: I think we should look at the figures again.\n`
    const first = serve(folder, ['--settle-ms', '50'])
    await first.started()
    drop(folder, 'long call.txt', text)
    while (!existsSync(path.join(folder, 'processing', 'long call.txt'))) await delay(5)
    first.child.kill('SIGTERM')
    await first.waitFor(() => first.of('stopping').length > 0)
    first.child.kill('SIGTERM')
    const {code} = await first.exited
    expect(code).toBe(143)
    expect(first.outcomes()).toEqual([])
    expect(first.stderr).toMatch(/stopping at once; files in processing\/ are redone on the next start/)
    expect(files(path.join(folder, 'processing'))).toEqual(['long call.txt'])

    const second = serve(folder)
    await second.waitFor(() => second.outcomes().length >= 1, 180_000)
    expect(second.of('started')[0]).toMatchObject({recovered: 1})
    expect(second.outcomes().map((event) => [event.event, event.file, event.sha256])).toEqual([['done', 'long call.txt', sha256(text)]])
    expect(files(path.join(folder, 'processing'))).toEqual([])
  }, 240_000)

  it('logs and skips a file removed from the folder before its turn', async () => {
    const folder = temporaryFolder()
    let text = ''
    for (let index = 0; index < 15_000; index++) text += `PARTICIPANT ${index}: I think we should look at the figures again.\n`
    const service = serve(folder, ['--concurrency', '1', '--settle-ms', '50'])
    await service.started()
    drop(folder, 'long call.txt', text)
    while (!existsSync(path.join(folder, 'processing', 'long call.txt'))) await delay(5)
    // While the long call takes the only place, another file settles and waits; then it is taken back.
    drop(folder, 'second thoughts.txt', transcript(1))
    await service.waitFor((events) => events.some((event) => event.event === 'queued' && event.file === 'second thoughts.txt'))
    expect(service.outcomes()).toEqual([])
    rmSync(path.join(folder, 'second thoughts.txt'))
    await service.waitFor(() => service.outcomes().length >= 1 && service.of('skipped').length >= 1, 180_000)

    expect(service.of('skipped')).toEqual([expect.objectContaining({file: 'second thoughts.txt', reason: 'It was removed from the folder before its turn'})])
    expect(service.outcomes().map((event) => event.file)).toEqual(['long call.txt'])
    expect(files(path.join(folder, 'failed'))).toEqual([])
  }, 240_000)

  it('replaces the minutes of a corrected transcript and keeps the earlier record under its hash', async () => {
    const folder = temporaryFolder()
    const service = serve(folder)
    await service.started()
    drop(folder, 'weekly.txt', transcript(0))
    await service.waitFor(() => service.outcomes().length >= 1)
    drop(folder, 'weekly.txt', transcript(4))
    await service.waitFor(() => service.outcomes().length >= 2)

    const out = path.join(folder, 'minutes')
    const old = sha256(transcript(0)).slice(0, 12)
    expect(outputs(out)).toEqual([`weekly.${old}.json`, `weekly.${old}.md`, 'weekly.json', 'weekly.md'])
    expect((JSON.parse(readFileSync(path.join(out, 'weekly.json'), 'utf8')) as MeetingRecord).source.sha256).toBe(sha256(transcript(4)))
    expect((JSON.parse(readFileSync(path.join(out, `weekly.${old}.json`), 'utf8')) as MeetingRecord).source.sha256).toBe(sha256(transcript(0)))
    expect(service.of('done')[1]?.keptAside).toHaveLength(2)
    expect(files(path.join(folder, 'done'))).toHaveLength(2)
  })

  it('takes names with spaces, accents and emoji; ignores temporary files and folders; refuses a 50 MB file', async () => {
    const folder = temporaryFolder()
    const service = serve(folder)
    await service.started()
    drop(folder, 'Réunion du comité 🎉.txt', transcript(5))
    writeFileSync(path.join(folder, '.~lock.call.txt#'), 'lock')
    writeFileSync(path.join(folder, 'call.txt.part'), transcript(6).slice(0, 100))
    writeFileSync(path.join(folder, 'call.crdownload'), 'x')
    writeFileSync(path.join(folder, '~$call.txt'), 'x')
    writeFileSync(path.join(folder, '.hidden.txt'), transcript(6))
    mkdirSync(path.join(folder, 'archive 2024'))
    const big = Buffer.alloc(51 * 1024 * 1024, 'JANE DOE: words and more words.\n')
    drop(folder, 'huge.txt', big)
    await service.waitFor(() => service.outcomes().length >= 2)
    await delay(1000)

    expect(service.of('done').map((event) => event.file)).toEqual(['Réunion du comité 🎉.txt'])
    expect(existsSync(path.join(folder, 'minutes', 'Réunion du comité 🎉.md'))).toBe(true)
    expect(service.of('failed').map((event) => [event.file, event.ruleId])).toEqual([['huge.txt', 'file-too-large']])
    expect(service.of('skipped')).toEqual([expect.objectContaining({file: 'archive 2024', reason: expect.stringMatching(/folder is not taken/)})])
    expect(service.outcomes()).toHaveLength(2)
    // Temporary files are left alone where they are.
    expect(files(folder)).toEqual(expect.arrayContaining(['.~lock.call.txt#', 'call.txt.part', 'call.crdownload', '~$call.txt', '.hidden.txt']))
  })

  it('stops a file that overruns its time budget and goes on with the others', async () => {
    const folder = temporaryFolder()
    // 100,000 distinct speakers: well over ten seconds of work, against a
    // budget of three; the other file, a small one, needs a fraction of that.
    let heavy = ''
    for (let index = 0; index < 100_000; index++) heavy += `PARTICIPANT ${index}: I think we should look at the budget figures again.\n`
    const service = serve(folder, ['--max-seconds', '3', '--concurrency', '1'])
    await service.started()
    drop(folder, 'endless.txt', heavy)
    drop(folder, 'normal.txt', transcript(3))
    await service.waitFor(() => service.outcomes().length >= 2)

    expect(service.of('failed').map((event) => [event.file, event.ruleId])).toEqual([['endless.txt', 'took-too-long']])
    expect(service.of('done').map((event) => event.file)).toEqual(['normal.txt'])
    expect(readFileSync(path.join(folder, 'failed', 'endless.txt.error.txt'), 'utf8')).toMatch(/took longer than .* and was stopped/)
    expect(outputs(path.join(folder, 'minutes'))).toEqual(['normal.json', 'normal.md'])
  })

  it('redoes what a crash left in processing/, and picks up files already waiting', async () => {
    const folder = temporaryFolder()
    mkdirSync(path.join(folder, 'processing'))
    writeFileSync(path.join(folder, 'processing', 'interrupted.txt'), transcript(1))
    writeFileSync(path.join(folder, 'waiting.txt'), transcript(2))
    const service = serve(folder)
    await service.waitFor(() => service.outcomes().length >= 2)
    expect(service.of('started')[0]).toMatchObject({recovered: 1})
    expect(service.of('done').map((event) => event.file).sort()).toEqual(['interrupted.txt', 'waiting.txt'])
    expect(files(path.join(folder, 'processing'))).toEqual([])
  })

  it('refuses a second service on the same folder, and takes over the lock of a dead one', async () => {
    const folder = temporaryFolder()
    const service = serve(folder)
    await service.started()
    const second = spawnSync(process.execPath, [command, 'watch', folder], {encoding: 'utf8', timeout: 60_000})
    expect(second.status).toBe(2)
    expect(second.stderr).toContain(`Another \`minutes watch\` (process ${service.child.pid}) is already watching this folder`)
    await service.stop('SIGKILL')

    // The killed service's lock is still there, naming a process that is gone.
    expect(readFileSync(path.join(folder, '.minutes-watch.lock'), 'utf8').trim()).toBe(String(service.child.pid))
    const third = serve(folder)
    await third.started()
    expect(third.of('started')[0]).toMatchObject({tookOverLockOf: service.child.pid})
  })

  it('stores every record in the archive beside the minutes, or none with --no-archive', async () => {
    const folder = temporaryFolder()
    const service = serve(folder)
    await service.started()
    for (const index of [0, 1, 2]) drop(folder, `meeting-${index}.txt`, transcript(index))
    await service.waitFor(() => service.outcomes().length >= 3)
    await service.stop('SIGTERM')
    expect(service.of('done').every((event) => typeof event['archive'] === 'string' && /meeting \d+/.test(event['archive'] as string))).toBe(true)
    const archive = await openArchive(path.join(folder, 'minutes', 'minutes.db'))
    try {
      const meetings = await archive.meetings({limit: 100})
      expect(meetings.map((meeting) => meeting.sha256).sort()).toEqual([0, 1, 2].map((index) => sha256(transcript(index))).sort())
    } finally {
      await archive.close()
    }

    const plain = temporaryFolder()
    const without = serve(plain, ['--no-archive'])
    await without.started()
    drop(plain, 'meeting.txt', transcript(3))
    await without.waitFor(() => without.outcomes().length >= 1)
    expect(without.of('done')[0]?.['archive']).toBeUndefined()
    expect(files(path.join(plain, 'minutes'))).toEqual(['meeting.json', 'meeting.md'])
  })

  it('refuses to start, exit 2, when the minutes cannot be written', async () => {
    const folder = temporaryFolder()
    writeFileSync(path.join(folder, 'not-a-folder'), '')
    const result = spawnSync(process.execPath, [command, 'watch', folder, '--out', path.join(folder, 'not-a-folder', 'minutes')], {encoding: 'utf8', timeout: 60_000})
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/minutes watch: .*not-a-folder\/minutes: the minutes cannot be written there/)
    expect(existsSync(path.join(folder, '.minutes-watch.lock'))).toBe(false)
  })
})
