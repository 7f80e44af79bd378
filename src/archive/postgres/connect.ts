/**
 * Opening a PostgreSQL archive: a connection pool, errors a person can act on
 * (unreachable server, refused credentials, a newer schema) instead of driver
 * stacks, and the migrations run under an advisory lock.
 */
import pg from 'pg'
import {displayLocation} from '../location.js'
import {ArchiveError} from '../types.js'
import {migrations} from './migrations.js'

/** The advisory lock held while migrating; the write lock is the next number. */
export const MIGRATION_LOCK = '7402531001'
/** Rows a newer version of the program would write are refused below this. */
export const SCHEMA_VERSION = migrations.length

export interface PoolOptions {
  /** Connections kept open at most (default 10). */
  max?: number
  /** Give up connecting after this long (default 10 s). */
  connectTimeoutMs?: number
}

/** The URL without its password, for messages. */
export const displayUrl = displayLocation

/** Turn a driver error met while connecting into an {@link ArchiveError}. */
export function connectionError(error: unknown, url: string): ArchiveError {
  if (error instanceof ArchiveError) return error
  const where = displayUrl(url)
  const {code, message} = error as {code?: string; message?: string}
  switch (code) {
    case '28P01':
    case '28000':
      return new ArchiveError('access-denied', `PostgreSQL at ${where} refused the user name or password: ${message}`)
    case '3D000':
      return new ArchiveError('unreachable', `PostgreSQL at ${where}: ${message}; create it first (createdb) or name an existing database`)
    case '42501':
      return new ArchiveError('access-denied', `PostgreSQL at ${where}: permission denied (${message}); the user needs CREATE on the database`)
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ECONNRESET':
      return new ArchiveError('unreachable', `Cannot reach PostgreSQL at ${where} (${code}): is the server running and the address right?`)
  }
  if (/timeout/i.test(message ?? '')) return new ArchiveError('unreachable', `Cannot reach PostgreSQL at ${where}: no answer in time`)
  if (/password|SASL|SCRAM/i.test(message ?? '')) return new ArchiveError('access-denied', `PostgreSQL at ${where} needs a password: put it in the URL or in PGPASSWORD`)
  return new ArchiveError('unreachable', `PostgreSQL at ${where}: ${message ?? String(error)}`)
}

/** A pool on `url`, tried once so that a wrong address or password is said at once. */
export async function openPool(url: string, options: PoolOptions = {}): Promise<pg.Pool> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    application_name: 'minutes'
  })
  // An idle connection the server drops must not crash the process; the next query reconnects.
  pool.on('error', () => {})
  try {
    const client = await pool.connect()
    client.release()
  } catch (error) {
    await pool.end().catch(() => {})
    throw connectionError(error, url)
  }
  return pool
}

/** The last migration step applied, 0 for an empty database; refuses a database that is not an archive. */
async function appliedVersion(client: pg.ClientBase, where: string): Promise<number> {
  const tables = await client.query<{name: string}>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN ('minutes_schema', 'archive_info', 'meetings')"
  )
  const names = new Set(tables.rows.map((row) => row.name))
  if (!names.has('minutes_schema')) {
    if (names.size > 0) throw new ArchiveError('not-an-archive', `${where} has tables of its own but is not a minutes archive; refusing to change it`)
    const any = await client.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema()")
    if (any.rows[0].n > 0) throw new ArchiveError('not-an-archive', `${where} holds other tables and is not a minutes archive; use an empty database`)
    return 0
  }
  const version = await client.query<{version: number | null}>('SELECT max(version) AS version FROM minutes_schema')
  return version.rows[0]?.version ?? 0
}

/**
 * Bring the schema up to date. Steps run one transaction each, under a
 * session advisory lock so concurrent starts wait for each other; a database
 * of a newer version is refused before anything is changed.
 */
export async function migrate(pool: pg.Pool, url: string, options: {readonly?: boolean} = {}): Promise<{from: number; to: number}> {
  const where = displayUrl(url)
  const client = await pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
    try {
      const from = await appliedVersion(client, where)
      if (from > SCHEMA_VERSION) {
        throw new ArchiveError('newer-schema', `${where} is a minutes archive of schema version ${from}, newer than this program's ${SCHEMA_VERSION}: update minutes`)
      }
      if (options.readonly && from < SCHEMA_VERSION) {
        throw new ArchiveError('newer-schema', `${where} uses an older archive schema (${from}); open it once for writing to migrate it`)
      }
      for (let step = from; step < SCHEMA_VERSION; step++) {
        await client.query('BEGIN')
        try {
          if (step === 0) {
            await client.query('CREATE TABLE minutes_schema (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())')
          }
          await client.query(migrations[step]!)
          await client.query('INSERT INTO minutes_schema (version) VALUES ($1)', [step + 1])
          await client.query('COMMIT')
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {})
          throw error
        }
      }
      return {from, to: Math.max(from, SCHEMA_VERSION)}
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {})
    }
  } catch (error) {
    if (error instanceof ArchiveError) throw error
    throw connectionError(error, url)
  } finally {
    client.release()
  }
}
