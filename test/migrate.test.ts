import {readdirSync} from 'node:fs'
import pg from 'pg'
import {beforeAll, describe, expect, it} from 'vitest'
import {openArchive} from '../src/archive/index.js'
import {migrateArchive} from '../src/archive/migrate.js'
import {SCHEMA_VERSION} from '../src/archive/postgres/connect.js'
import type {Archive, Item} from '../src/archive/types.js'
import {runCli} from './helpers/cli.js'
import {archiveEngines} from './helpers/engines.js'
import {freshDatabase, postgresUrl} from './helpers/postgres.js'
import {record, sample} from './helpers/run.js'

const [sqliteEngine] = archiveEngines
const samples = readdirSync(new URL('../samples/', import.meta.url)).filter((name) => name.endsWith('.txt')).sort()

async function rowCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({connectionString: url})
  await client.connect()
  try {
    const counts: Record<string, number> = {}
    for (const table of ['meetings', 'revisions', 'items', 'comments', 'audit', 'passages']) {
      counts[table] = (await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n
    }
    return counts
  } finally {
    await client.end()
  }
}

const itemView = (item: Item) => ({id: item.id, type: item.type, text: item.text, owner: item.owner, due: item.due, status: item.status, flags: item.flags, comments: item.comments, version: item.version, origin: item.origin})

describe('minutes migrate', () => {
  let file: string
  let reviewed: {done: number; added: number; rejected: number}

  beforeAll(async () => {
    file = await sqliteEngine!.location()
    const archive = await openArchive(file)
    for (const name of samples) {
      const text = sample(name)
      await archive.ingest(record(text, {}, `samples/${name}`), {text})
    }
    const [action] = await archive.items({type: 'action'})
    const [decision] = await archive.items({type: 'decision'})
    await archive.review({item: action!.id, op: 'done', by: 'ana'})
    await archive.review({item: action!.id, op: 'comment', text: 'Done, see the list, "quoted", and a comma', by: 'ana'})
    await archive.review({item: decision!.id, op: 'reject', reason: 'only proposed', by: 'bo'})
    const added = await archive.review({op: 'add', meetingId: action!.meeting.id, type: 'action', text: 'Book the room', owner: 'Ana', by: 'ana'})
    reviewed = {done: action!.id, added: added.id, rejected: decision!.id}
    await archive.close()
  })

  it('moves meetings, items, review work and the audit trail with their numbers, and a second run doubles nothing', async () => {
    const url = await freshDatabase('migrate')
    const summary = await migrateArchive(file, url)
    expect(summary.meetings).toBe(samples.length)
    expect(summary.alreadyThere).toBe(0)
    expect(summary.comments).toBe(1)
    expect(summary.audit).toBeGreaterThanOrEqual(4)

    const [source, target] = [await openArchive(file, {readonly: true}), await openArchive(url)]
    try {
      expect(target.engine).toBe('postgres')
      expect((await target.items()).map(itemView)).toEqual((await source.items()).map(itemView))
      for (const id of Object.values(reviewed)) expect(await target.history(id)).toEqual(await source.history(id))
      expect((await target.item(reviewed.done))!.status).toBe('done')
      for (const meeting of await source.meetings()) {
        expect(await target.reviewedRecord(meeting.id)).toEqual(await source.reviewedRecord(meeting.id))
        expect(await target.sourceText(meeting.id)).toEqual(await source.sourceText(meeting.id))
      }
      for (const text of ['metrics', 'reunion', 'Book the room', 'Instagram']) {
        const [left, right] = [await source.search({text}), await target.search({text})]
        expect(right.total, text).toBe(left.total)
        expect(right.total, text).toBeGreaterThan(0)
      }
      // New work after the move takes numbers after the copied ones.
      const fresh = await target.review({op: 'add', meetingId: (await target.item(reviewed.done))!.meeting.id, type: 'decision', text: 'Meet monthly', by: 'cy'})
      expect(fresh.id).toBeGreaterThan(Math.max(...(await source.items()).map((item) => item.id)))
    } finally {
      await source.close()
      await target.close()
    }

    const before = await rowCounts(url)
    const again = await migrateArchive(file, url)
    expect(again).toEqual({meetings: 0, revisions: 0, items: 0, comments: 0, audit: 0, alreadyThere: samples.length})
    expect(await rowCounts(url)).toEqual(before)
  })

  it('says what it moved', async () => {
    const url = await freshDatabase('migratecli')
    const first = await runCli(['migrate', '--from', file, '--to', url])
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    expect(first.stdout).toMatch(new RegExp(`^Moved ${samples.length} meetings \\(\\d+ revisions, \\d+ items, 1 comments, \\d+ audit entries\\)\\.\\n$`))
    const second = await runCli(['migrate', '--from', file, '--to', url, '--json'])
    expect(second.status).toBe(0)
    expect(JSON.parse(second.stdout)).toMatchObject({meetings: 0, alreadyThere: samples.length})
  })

  describe('refuses with one line and exit 2', () => {
    const oneLine = (result: {status: number | null; stderr: string; stdout: string}, pattern: RegExp): void => {
      expect(result.status).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(result.stderr).toMatch(pattern)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    }

    it('an unreachable server', async () => {
      const url = new URL(postgresUrl())
      url.port = '1'
      oneLine(await runCli(['migrate', '--from', file, '--to', url.toString()]), /^minutes migrate: Cannot reach PostgreSQL at postgres:\/\/minutes:\*\*\*@127\.0\.0\.1:1\/postgres \(ECONNREFUSED\)/)
    })

    it('wrong credentials, without echoing the password', async () => {
      const url = new URL(postgresUrl())
      url.password = 'hunter2-wrong'
      const result = await runCli(['migrate', '--from', file, '--to', url.toString()])
      oneLine(result, /refused the user name or password/)
      expect(result.stderr).not.toContain('hunter2-wrong')
    })

    it('an archive of a newer schema', async () => {
      const url = await freshDatabase('newer')
      const archive: Archive = await openArchive(url)
      await archive.close()
      const client = new pg.Client({connectionString: url})
      await client.connect()
      await client.query('INSERT INTO minutes_schema (version) VALUES ($1)', [SCHEMA_VERSION + 1])
      await client.end()
      oneLine(await runCli(['migrate', '--from', file, '--to', url]), new RegExp(`schema version ${SCHEMA_VERSION + 1}, newer than this program's ${SCHEMA_VERSION}`))
    })
  })

})
