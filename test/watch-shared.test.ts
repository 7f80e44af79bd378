/**
 * Two `minutes watch` services sharing a folder through a PostgreSQL
 * archive: duplicates and bad files are handled once, by one of them, as a
 * single service would; an archive that cannot be reached stops the start.
 */
import {existsSync, readFileSync, readdirSync, renameSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, expect, it} from 'vitest'
import {freshDatabase, postgresUrl} from './helpers/postgres.js'
import {Service, sha256, temporaryFolder, transcript} from './helpers/watch-service.js'

const services: Service[] = []
afterAll(async () => {
  await Promise.all(services.map((service) => service.stop('SIGKILL')))
})

/** Write a file aside, then rename it into the folder, as a finished copy appears. */
function drop(folder: string, name: string, content: string | Buffer): void {
  const staging = path.join(folder, 'minutes', `.${name}.tmp`)
  writeFileSync(staging, content)
  renameSync(staging, path.join(folder, name))
}

it('handles a second copy and a broken file once, whichever service sees them', {timeout: 120_000}, async () => {
  const url = await freshDatabase('sharedwatch')
  const folder = temporaryFolder('minutes-shared-two-')
  const args = ['--db', url, '--concurrency', '1', '--settle-ms', '100']
  const pair = [new Service(folder, args), new Service(folder, args)]
  services.push(...pair)
  await Promise.all(pair.map((service) => service.started()))
  const all = () => pair.flatMap((service) => service.events)
  const waitAll = (check: (events: ReturnType<typeof all>) => boolean): Promise<void> =>
    Promise.race(pair.map((service) => service.waitFor(() => check(all()), 90_000)))

  drop(folder, 'first.txt', transcript(1))
  await waitAll((events) => events.some((event) => event.event === 'done' && event.file === 'first.txt'))
  drop(folder, 'copy.txt', transcript(1))
  drop(folder, 'broken.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0xff, 0xfe, 0, 0, 1, 2, 3]))
  await waitAll(
    (events) =>
      events.some((event) => event.event === 'duplicate' && event.file === 'copy.txt') && events.some((event) => event.event === 'failed' && event.file === 'broken.txt')
  )
  for (const service of pair) expect((await service.stop('SIGTERM')).code).toBe(0)

  const outcomes = all().filter((event) => ['done', 'failed', 'duplicate'].includes(event.event))
  expect(outcomes.map((event) => [event.event, event.file]).sort()).toEqual([
    ['done', 'first.txt'],
    ['duplicate', 'copy.txt'],
    ['failed', 'broken.txt']
  ])
  const failed = outcomes.find((event) => event.event === 'failed')!
  expect(failed.ruleId).toBe('binary-file')
  expect(readFileSync(path.join(folder, 'failed', 'broken.txt.error.txt'), 'utf8')).toContain('broken.txt')
  expect(readdirSync(path.join(folder, 'done')).sort()).toEqual([`copy.${sha256(transcript(1)).slice(0, 12)}.txt`, `first.${sha256(transcript(1)).slice(0, 12)}.txt`])
  expect(existsSync(path.join(folder, 'minutes', 'first.json'))).toBe(true)
  expect(existsSync(path.join(folder, 'minutes', 'copy.json'))).toBe(false)
})

it('refuses to start, in one line with exit 2, when the archive cannot be reached', async () => {
  const url = new URL(postgresUrl())
  url.port = '1'
  const service = new Service(temporaryFolder('minutes-shared-down-'), ['--db', url.toString()])
  services.push(service)
  const {code} = await service.exited
  expect(code).toBe(2)
  expect(service.stderr.trim().split('\n')).toHaveLength(1)
  expect(service.stderr).toMatch(/^minutes watch: Cannot reach PostgreSQL at postgres:\/\/minutes:\*\*\*@127\.0\.0\.1:1\/postgres \(ECONNREFUSED\)/)
})

it('refuses to share a folder that a service without the shared archive is watching', async () => {
  const folder = temporaryFolder('minutes-shared-mixed-')
  const alone = new Service(folder, ['--no-archive'])
  services.push(alone)
  await alone.started()
  const shared = new Service(folder, ['--db', await freshDatabase('mixed')])
  services.push(shared)
  const {code} = await shared.exited
  expect(code).toBe(2)
  expect(shared.stderr).toMatch(new RegExp(`^minutes watch: A \`minutes watch\` without the shared archive \\(process ${alone.child.pid}\\) is watching this folder`))
  expect((await alone.stop('SIGTERM')).code).toBe(0)
})
