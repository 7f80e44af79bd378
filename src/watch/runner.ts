/**
 * Where jobs run: a pool of worker threads (the default), whose thread is
 * terminated when a file overruns its time budget, or the service's own
 * thread (no budget can be enforced there; kept for measuring).
 */
import {Worker} from 'node:worker_threads'
import {createJob, type JobOptions, type JobResult, type JobTarget} from '../job.js'
import {warmUp} from './warm-up.js'

export interface Runner {
  /** Run one job; a job over `budgetMs` is stopped and reported `took-too-long`. */
  run(target: JobTarget, budgetMs: number): Promise<JobResult>
  /** Start the workers and warm them up. */
  ready(): Promise<void>
  close(): Promise<void>
}

export type Execution = 'worker' | 'in-process'

interface Slot {
  worker: Worker
  ready: Promise<void>
  pending?: {id: number; resolve: (result: JobResult) => void; timer: NodeJS.Timeout; input: string}
}

export function tookTooLong(input: string, budgetMs: number): JobResult {
  return {
    ok: false,
    input,
    problem: {
      reason: `Processing took longer than ${Math.round(budgetMs / 1000)} s and was stopped; split the file, or raise --max-seconds`,
      ruleId: 'took-too-long',
      line: 1,
      column: 1
    }
  }
}

/** A pool of `size` worker threads running `workerUrl` (the bundled `job-worker.js`). */
export function createWorkerRunner(options: JobOptions, workerUrl: URL, size: number): Runner {
  const slots: Slot[] = []
  const idle: Slot[] = []
  const waiting: Array<(slot: Slot) => void> = []
  let next = 0
  let closed = false

  const spawn = (): Slot => {
    // A file that would take more memory than any transcript needs stops its
    // own thread, not the service (a 50 MB transcript peaks near 1 GB).
    const worker = new Worker(workerUrl, {workerData: {options}, resourceLimits: {maxOldGenerationSizeMb: 3072}})
    let markReady: () => void = () => {}
    const slot: Slot = {worker, ready: new Promise((resolve) => (markReady = resolve))}
    worker.on('message', (message: {ready?: true; id?: number; result?: JobResult}) => {
      if (message.ready) return markReady()
      const pending = slot.pending
      if (!pending || pending.id !== message.id) return
      clearTimeout(pending.timer)
      delete slot.pending
      pending.resolve(message.result!)
      release(slot)
    })
    const failed = (reason: string): void => {
      markReady()
      const pending = slot.pending
      delete slot.pending
      replace(slot)
      if (pending) {
        clearTimeout(pending.timer)
        pending.resolve({ok: false, input: pending.input, problem: {reason, ruleId: 'internal-error', line: 1, column: 1}})
      }
    }
    worker.on('error', (error) =>
      failed(
        (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? 'Processing it needed more memory than allowed and was stopped; split the file'
          : `The worker processing it failed: ${error.message}`
      )
    )
    worker.on('exit', (code) => {
      if (!closed && slots.includes(slot)) failed(`The worker processing it stopped (exit code ${code})`)
    })
    slots.push(slot)
    return slot
  }

  const release = (slot: Slot): void => {
    const taker = waiting.shift()
    if (taker) taker(slot)
    else idle.push(slot)
  }

  /** Put a fresh worker in the place of one that was stopped or died. */
  const replace = (slot: Slot): void => {
    const index = slots.indexOf(slot)
    if (index !== -1) slots.splice(index, 1)
    const idleIndex = idle.indexOf(slot)
    if (idleIndex !== -1) idle.splice(idleIndex, 1)
    void slot.worker.terminate()
    if (!closed) release(spawn())
  }

  const take = (): Promise<Slot> => {
    const slot = idle.shift()
    if (slot) return Promise.resolve(slot)
    return new Promise((resolve) => waiting.push(resolve))
  }

  return {
    async ready() {
      while (slots.length < size) idle.push(spawn())
      await Promise.all(slots.map((slot) => slot.ready))
    },
    async run(target, budgetMs) {
      if (slots.length === 0) await this.ready()
      const slot = await take()
      await slot.ready
      return new Promise<JobResult>((resolve) => {
        const id = next++
        const timer = setTimeout(() => {
          if (slot.pending?.id !== id) return
          delete slot.pending
          replace(slot)
          resolve(tookTooLong(target.input, budgetMs))
        }, budgetMs)
        slot.pending = {id, resolve, timer, input: target.input}
        slot.worker.postMessage({id, target})
      })
    },
    async close() {
      closed = true
      await Promise.all(slots.map((slot) => slot.worker.terminate()))
    }
  }
}

/** Jobs on the service's own thread: no parallel work, and no budget. */
export function createInProcessRunner(options: JobOptions): Runner {
  const job = createJob(options)
  return {
    async ready() {
      warmUp(options)
    },
    run: (target) => job(target),
    async close() {}
  }
}
