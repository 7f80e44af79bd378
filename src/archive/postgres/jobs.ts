/**
 * Work shared by several processing workers through one PostgreSQL archive.
 *
 * A job is one thing to do (one dropped transcript), known by a key (its
 * SHA-256) so that every worker that sees it names the same row. A worker
 * claims the oldest job nobody holds with `SELECT … FOR UPDATE SKIP LOCKED`
 * (claims never wait on each other and never take the same row) and holds it
 * for a lease; a worker that dies stops renewing, the lease runs out, and the
 * next claim takes the job over. Every claim raises `attempts`, which serves
 * as a fencing token: finishing a job succeeds only for the claim that still
 * holds it, so a worker that lost its lease can never report the job done as
 * well as the one that took it over.
 */
import type pg from 'pg'
import {migrate, openPool} from './connect.js'

export type JobState = 'waiting' | 'claimed' | 'done' | 'failed'

export interface Job<Payload = Record<string, unknown>> {
  id: number
  key: string
  payload: Payload
  state: JobState
  /** The claim's number; only the latest claim may finish the job. */
  attempts: number
  worker: string | null
  leaseUntil: Date | null
  result: unknown
}

export interface JobQueueOptions {
  /** Which queue; several services may share one archive (default `drop`). */
  queue?: string
  /** Who claims: shown in the table, unique per worker process. */
  worker: string
  /** How long a claim holds before another worker may take it over (default 60,000 ms). */
  leaseMs?: number
}

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient

function toJob<Payload>(row: Record<string, unknown>): Job<Payload> {
  return {
    id: row.id as number,
    key: row.key as string,
    payload: row.payload as Payload,
    state: row.state as JobState,
    attempts: row.attempts as number,
    worker: row.worker as string | null,
    leaseUntil: row.lease_until as Date | null,
    result: row.result
  }
}

export class JobQueue<Payload = Record<string, unknown>> {
  readonly queue: string
  readonly worker: string
  readonly leaseMs: number

  constructor(
    private readonly pool: pg.Pool,
    options: JobQueueOptions
  ) {
    if (!options.worker) throw new TypeError('JobQueue: `worker` must name the claiming worker')
    if (options.leaseMs !== undefined && !(Number.isInteger(options.leaseMs) && options.leaseMs > 0)) {
      throw new TypeError(`JobQueue: \`leaseMs\` must be a positive whole number, not ${options.leaseMs}`)
    }
    this.queue = options.queue ?? 'drop'
    this.worker = options.worker
    this.leaseMs = options.leaseMs ?? 60_000
  }

  /** Add a job; `false` when a job of this key is already known (in any state), which is then returned as `existing`. */
  async offer(key: string, payload: Payload): Promise<{added: true; job: Job<Payload>} | {added: false; existing: Job<Payload>}> {
    const inserted = await this.pool.query(
      `INSERT INTO jobs (queue, key, payload) VALUES ($1, $2, $3) ON CONFLICT (queue, key) DO NOTHING RETURNING *`,
      [this.queue, key, JSON.stringify(payload)]
    )
    if (inserted.rows[0]) return {added: true, job: toJob(inserted.rows[0])}
    const existing = await this.pool.query('SELECT * FROM jobs WHERE queue = $1 AND key = $2', [this.queue, key])
    return {added: false, existing: toJob(existing.rows[0])}
  }

  /**
   * Take the oldest job that is waiting or whose holder's lease ran out, or
   * null when there is none. Rows another worker is claiming at this moment
   * are skipped, not waited for.
   */
  async claim(): Promise<Job<Payload> | null> {
    const claimed = await this.pool.query(
      `UPDATE jobs SET state = 'claimed', worker = $2, attempts = attempts + 1,
                       lease_until = clock_timestamp() + $3 * interval '1 millisecond', updated_at = clock_timestamp()
       WHERE id = (
         SELECT id FROM jobs
         WHERE queue = $1 AND (state = 'waiting' OR (state = 'claimed' AND lease_until < clock_timestamp()))
         ORDER BY id
         FOR UPDATE SKIP LOCKED
         LIMIT 1
       )
       RETURNING *`,
      [this.queue, this.worker, this.leaseMs]
    )
    return claimed.rows[0] ? toJob(claimed.rows[0]) : null
  }

  /** Extend the lease of a job still held by this claim; `false` when it was taken over. */
  async renew(job: Job<Payload>): Promise<boolean> {
    const renewed = await this.pool.query(
      `UPDATE jobs SET lease_until = clock_timestamp() + $4 * interval '1 millisecond', updated_at = clock_timestamp()
       WHERE id = $1 AND worker = $2 AND attempts = $3 AND state = 'claimed'`,
      [job.id, this.worker, job.attempts, this.leaseMs]
    )
    return renewed.rowCount === 1
  }

  /**
   * Finish a job as `done` or `failed` with a result, if this claim still
   * holds it; `false` means another worker took it over and this claim's
   * outcome must not be reported. Pass `db` to finish inside a transaction
   * of one's own (the archive write of the same file, for instance).
   */
  async finish(job: Job<Payload>, state: 'done' | 'failed', result: unknown, db: Queryable = this.pool): Promise<boolean> {
    const finished = await db.query(
      `UPDATE jobs SET state = $4, result = $5, lease_until = NULL, updated_at = clock_timestamp()
       WHERE id = $1 AND worker = $2 AND attempts = $3 AND state = 'claimed'`,
      [job.id, this.worker, job.attempts, state, JSON.stringify(result ?? null)]
    )
    return finished.rowCount === 1
  }

  /** Offer a failed job's key again (the same content dropped again after a failure), with a new payload. */
  async retry(key: string, payload: Payload): Promise<boolean> {
    const retried = await this.pool.query(
      `UPDATE jobs SET state = 'waiting', payload = $3, worker = NULL, lease_until = NULL, result = NULL, updated_at = clock_timestamp()
       WHERE queue = $1 AND key = $2 AND state = 'failed'`,
      [this.queue, key, JSON.stringify(payload)]
    )
    return retried.rowCount === 1
  }

  /** Put a held job back for another worker at once (a worker stopping before it started the work). */
  async release(job: Job<Payload>): Promise<boolean> {
    const released = await this.pool.query(
      `UPDATE jobs SET state = 'waiting', worker = NULL, lease_until = NULL, updated_at = clock_timestamp()
       WHERE id = $1 AND worker = $2 AND attempts = $3 AND state = 'claimed'`,
      [job.id, this.worker, job.attempts]
    )
    return released.rowCount === 1
  }

  /**
   * Keep renewing a held job every third of the lease while `work` runs, and
   * stop when it ends. `lost` says whether a renewal found the job taken over.
   */
  async hold<T>(job: Job<Payload>, work: () => Promise<T>): Promise<{value: T; lost: boolean}> {
    let lost = false
    const timer = setInterval(
      () => {
        this.renew(job).then(
          (held) => {
            if (!held) lost = true
          },
          () => {}
        )
      },
      Math.max(10, Math.floor(this.leaseMs / 3))
    )
    try {
      const value = await work()
      return {value, lost}
    } finally {
      clearInterval(timer)
    }
  }

  async get(key: string): Promise<Job<Payload> | null> {
    const found = await this.pool.query('SELECT * FROM jobs WHERE queue = $1 AND key = $2', [this.queue, key])
    return found.rows[0] ? toJob(found.rows[0]) : null
  }

  /** How many jobs are in each state. */
  async counts(): Promise<Record<JobState, number>> {
    const counted = await this.pool.query<{state: JobState; n: number}>(
      'SELECT state, count(*)::int AS n FROM jobs WHERE queue = $1 GROUP BY state',
      [this.queue]
    )
    const counts: Record<JobState, number> = {waiting: 0, claimed: 0, done: 0, failed: 0}
    for (const row of counted.rows) counts[row.state] = row.n
    return counts
  }
}

/** A queue on the archive at `url`, with a pool of its own; `close()` ends the pool. */
export async function openJobQueue<Payload = Record<string, unknown>>(url: string, options: JobQueueOptions): Promise<{queue: JobQueue<Payload>; close(): Promise<void>}> {
  const pool = await openPool(url, {max: 4})
  try {
    await migrate(pool, url)
  } catch (error) {
    await pool.end().catch(() => {})
    throw error
  }
  return {queue: new JobQueue<Payload>(pool, options), close: () => pool.end()}
}
