import pg from 'pg'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {openPostgresEngine} from '../src/archive/postgres/engine.js'
import {JobQueue} from '../src/archive/postgres/jobs.js'
import {freshDatabase} from './helpers/postgres.js'

describe('job claims on PostgreSQL', () => {
  let url: string
  const pools: pg.Pool[] = []
  const pool = (): pg.Pool => {
    const opened = new pg.Pool({connectionString: url, max: 4})
    pools.push(opened)
    return opened
  }

  beforeAll(async () => {
    url = await freshDatabase('jobs')
    await (await openPostgresEngine(url)).close()
  })
  afterAll(async () => {
    await Promise.all(pools.map((opened) => opened.end()))
  })

  it('gives every job to exactly one of several workers claiming at once', async () => {
    const offerer = new JobQueue(pool(), {queue: 'race', worker: 'offerer'})
    for (let index = 0; index < 120; index++) await offerer.offer(`key-${index}`, {index})
    const workers = ['a', 'b', 'c', 'd'].map((name) => new JobQueue<{index: number}>(pool(), {queue: 'race', worker: name}))
    const taken = new Map<string, string[]>()
    await Promise.all(
      workers.map(async (worker) => {
        for (let job = await worker.claim(); job; job = await worker.claim()) {
          taken.set(job.key, [...(taken.get(job.key) ?? []), worker.worker])
          expect(await worker.finish(job, 'done', {by: worker.worker})).toBe(true)
        }
      })
    )
    expect(taken.size).toBe(120)
    for (const [key, takers] of taken) expect(takers, key).toHaveLength(1)
    expect(await offerer.counts()).toEqual({waiting: 0, claimed: 0, done: 120, failed: 0})
  })

  it('knows a key offered twice, whatever its state', async () => {
    const queue = new JobQueue(pool(), {queue: 'twice', worker: 'w'})
    const first = await queue.offer('same-sha', {name: 'a.txt'})
    expect(first.added).toBe(true)
    const second = await queue.offer('same-sha', {name: 'b.txt'})
    expect(second.added).toBe(false)
    if (!second.added) expect(second.existing.payload).toEqual({name: 'a.txt'})
  })

  it('lets another worker take over a job whose lease ran out, and only the new holder may finish it', async () => {
    const first = new JobQueue(pool(), {queue: 'lease', worker: 'first', leaseMs: 60_000})
    const second = new JobQueue(pool(), {queue: 'lease', worker: 'second', leaseMs: 60_000})
    await first.offer('file', {name: 'x.txt'})
    const held = (await first.claim())!
    expect(held.attempts).toBe(1)
    // Held and within its lease: nobody else gets it.
    expect(await second.claim()).toBeNull()
    expect(await first.renew(held)).toBe(true)

    // The holder stops renewing (it died); its lease runs out.
    const admin = pool()
    await admin.query("UPDATE jobs SET lease_until = clock_timestamp() - interval '1 second' WHERE id = $1", [held.id])
    const takenOver = (await second.claim())!
    expect(takenOver.id).toBe(held.id)
    expect(takenOver.attempts).toBe(2)
    expect(takenOver.worker).toBe('second')

    // The first holder, if it was only slow, finds it lost the job: it can neither renew nor finish it.
    expect(await first.renew(held)).toBe(false)
    expect(await first.finish(held, 'done', {by: 'first'})).toBe(false)
    expect(await second.finish(takenOver, 'done', {by: 'second'})).toBe(true)
    const stored = (await first.get('file'))!
    expect(stored.state).toBe('done')
    expect(stored.result).toEqual({by: 'second'})
    // Done is done: nobody claims it again.
    expect(await first.claim()).toBeNull()
  })

  it('puts a released job back at once, and refuses bad options', async () => {
    const queue = new JobQueue(pool(), {queue: 'release', worker: 'w'})
    await queue.offer('k', {})
    const job = (await queue.claim())!
    expect(await queue.release(job)).toBe(true)
    expect((await queue.claim())!.attempts).toBe(2)
    expect(() => new JobQueue(pool(), {worker: ''})).toThrow(TypeError)
    expect(() => new JobQueue(pool(), {worker: 'w', leaseMs: -5})).toThrow(/leaseMs/)
  })
})
