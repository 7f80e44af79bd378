import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import pg from 'pg'
import {describe, expect, it} from 'vitest'
import {openPostgresEngine} from '../src/archive/postgres/engine.js'
import {SCHEMA_VERSION} from '../src/archive/postgres/connect.js'
import {ArchiveError} from '../src/archive/types.js'
import {runCli} from './helpers/cli.js'
import {freshDatabase, postgresUrl} from './helpers/postgres.js'

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({connectionString: url})
  await client.connect()
  try {
    return (await client.query<T>(sql, values)).rows
  } finally {
    await client.end()
  }
}

async function openError(url: string): Promise<ArchiveError> {
  try {
    const engine = await openPostgresEngine(url, {connectTimeoutMs: 3000})
    await engine.close()
  } catch (error) {
    expect(error).toBeInstanceOf(ArchiveError)
    return error as ArchiveError
  }
  throw new Error(`opening ${url} did not fail`)
}

describe('opening a PostgreSQL archive', () => {
  it('migrates once when four openers reach an empty database at the same time', async () => {
    const url = await freshDatabase('open')
    const engines = await Promise.all([1, 2, 3, 4].map(() => openPostgresEngine(url)))
    await Promise.all(engines.map((engine) => engine.close()))
    const versions = await query<{version: number}>(url, 'SELECT version FROM minutes_schema ORDER BY version')
    expect(versions.map((row) => row.version)).toEqual(Array.from({length: SCHEMA_VERSION}, (_, index) => index + 1))
    const again = await openPostgresEngine(url)
    await again.close()
    expect(await query(url, 'SELECT version FROM minutes_schema')).toHaveLength(SCHEMA_VERSION)
  })

  it('refuses an archive of a newer schema, changing nothing', async () => {
    const url = await freshDatabase('newer')
    await (await openPostgresEngine(url)).close()
    await query(url, 'INSERT INTO minutes_schema (version) VALUES ($1)', [SCHEMA_VERSION + 5])
    const error = await openError(url)
    expect(error.code).toBe('newer-schema')
    expect(error.message).toMatch(new RegExp(`schema version ${SCHEMA_VERSION + 5}, newer than this program's ${SCHEMA_VERSION}`))
  })

  it('refuses a database that holds tables of its own', async () => {
    const url = await freshDatabase('other')
    await query(url, 'CREATE TABLE invoices (id int)')
    const error = await openError(url)
    expect(error.code).toBe('not-an-archive')
    expect(await query(url, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")).toEqual([{table_name: 'invoices'}])
  })

  it('says when the password is wrong, without showing it', async () => {
    const url = new URL(postgresUrl())
    url.password = 'wrong-secret'
    const error = await openError(url.toString())
    expect(error.code).toBe('access-denied')
    expect(error.message).toMatch(/refused the user name or password/)
    expect(error.message).not.toContain('wrong-secret')
  })

  it('says when nothing listens at the address', async () => {
    const url = new URL(postgresUrl())
    // A port just closed by the operating system: nothing listens there.
    const probe = spawnSync(process.execPath, ['-e', "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"], {encoding: 'utf8'})
    url.port = probe.stdout.trim()
    const error = await openError(url.toString())
    expect(error.code).toBe('unreachable')
    expect(error.message).toMatch(/Cannot reach PostgreSQL at postgres:\/\/minutes:\*\*\*@127\.0\.0\.1:\d+\/postgres \(ECONNREFUSED\)/)
  })

  it('gives every command one line and exit 2 when the archive cannot be opened', async () => {
    const wrong = new URL(postgresUrl())
    wrong.password = 'not-it'
    const newer = await freshDatabase('newercli')
    await (await openPostgresEngine(newer)).close()
    await query(newer, 'INSERT INTO minutes_schema (version) VALUES ($1)', [SCHEMA_VERSION + 1])
    const neverWritten = path.join(tmpdir(), `minutes-never-written-${process.pid}`)
    const cases: Array<[string[], RegExp]> = [
      [['search', 'metrics', '--db', wrong.toString()], /refused the user name or password/],
      [['actions', '--db', newer], /newer than this program's/],
      [['process', 'samples/000_baf8e72cffe6bdbc.txt', '--out', neverWritten, '--db', wrong.toString()], /refused the user name or password/]
    ]
    for (const [args, pattern] of cases) {
      const result = await runCli(args)
      expect(result.status, args.join(' ')).toBe(2)
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1)
      expect(result.stderr).toMatch(pattern)
      expect(result.stderr).not.toContain('not-it')
    }
    expect(existsSync(neverWritten)).toBe(false)
  })
})
