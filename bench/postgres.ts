/**
 * The archive benchmark on PostgreSQL, in the same run as SQLite's: a
 * throwaway server from `scripts/postgres.js` (or `MINUTES_BENCH_PG_URL`, an
 * empty database of one's own), the same generated meetings and the same 20
 * queries. The server keeps fsync and full-page writes on; commits do not
 * wait for their WAL flush (`synchronous_commit = off`), which is what
 * SQLite's WAL with `synchronous = NORMAL` does too.
 */
import pg from 'pg'
// @ts-expect-error: a plain JavaScript script, without types.
import {startPostgres, stopPostgres, temporaryDir} from '../scripts/postgres.js'
import {archiveBench, type ArchiveFigures} from './archive.js'

async function createDatabase(url: string, name: string): Promise<string> {
  const client = new pg.Client({connectionString: url})
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name}`)
    await client.query(`CREATE DATABASE ${name}`)
  } finally {
    await client.end()
  }
  const database = new URL(url)
  database.pathname = `/${name}`
  database.searchParams.set('options', '-c synchronous_commit=off')
  return database.toString()
}

/** Run the archive benchmark on PostgreSQL and print it beside SQLite's figures. */
export async function postgresBench(root: string, meetings: number, sqlite: ArchiveFigures): Promise<void> {
  let dir: string | undefined
  let url = process.env['MINUTES_BENCH_PG_URL']
  try {
    if (!url) {
      dir = temporaryDir('minutes-bench-postgres-') as string
      url = ((await startPostgres({dir, durable: true})) as {url: string}).url
    }
  } catch (error) {
    console.log(`Archive (PostgreSQL): not measured: ${(error as Error).message}`)
    if (dir) stopPostgres({dir})
    return
  }
  try {
    const database = process.env['MINUTES_BENCH_PG_URL'] ? url : await createDatabase(url, 'minutes_bench')
    const figures = await archiveBench(root, meetings, database, 'PostgreSQL')
    console.log(
      `Archive, both engines, same ${meetings.toLocaleString('en')} meetings and queries: ingest SQLite ${sqlite.ingestRate.toFixed(0)} vs PostgreSQL ${figures.ingestRate.toFixed(0)} meetings/s; search p50 ${sqlite.searchP50.toFixed(1)} vs ${figures.searchP50.toFixed(1)} ms, p95 ${sqlite.searchP95.toFixed(1)} vs ${figures.searchP95.toFixed(1)} ms`
    )
  } finally {
    if (dir) stopPostgres({dir})
  }
}
