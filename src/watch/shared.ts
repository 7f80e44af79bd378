/**
 * Several `minutes watch` services, on one machine or several, sharing one
 * drop folder and one PostgreSQL archive. The folder alone cannot say who
 * works on what when many processes look at it, so the archive does: every
 * service offers each settled file as a job keyed by its SHA-256 (the same
 * row whoever sees it first), and claims jobs one at a time with `SELECT …
 * FOR UPDATE SKIP LOCKED` under a lease it keeps renewing while it works
 * (`src/archive/postgres/jobs.ts`). A service that dies stops renewing; once
 * its lease runs out another takes the file over from `processing/`.
 *
 * The folder keeps its layout (`processing/`, `done/`, `failed/`, outputs
 * written atomically), and each file goes through the same job and the same
 * archive write as with one service. A file is reported `done` only by the
 * claim that finishes its job, so no file is reported twice.
 */
import {randomBytes} from 'node:crypto'
import {readFile, readdir, rename, stat} from 'node:fs/promises'
import {hostname} from 'node:os'
import path from 'node:path'
import {watch, type FSWatcher} from 'chokidar'
import type {Job, JobQueue} from '../archive/postgres/jobs.js'
import {storeProcessed} from '../archive/store-processed.js'
import type {Archive} from '../archive/types.js'
import type {JobProblem} from '../job.js'
import {writeAll} from '../lib/outputs.js'
import type {MeetingRecord} from '../record.js'
import {formats} from '../render/index.js'
import {doneNameOf, errorNoteSuffix, isTemporaryName, type Layout, layoutOf, sha256Of, stemOf} from './layout.js'
import {errorNote} from './notes.js'
import {createInProcessRunner, createWorkerRunner, type Runner} from './runner.js'
import {lockHolder} from './lock.js'
import {archiveWriteProblem, defaultBudgetMs, doneEvent, jobOptionsOf, prepareFolders, removeStalePartials, WatchSetupError, type WatchEvent, type WatchOptions, type WatchService} from './service.js'

/** What a job carries: the file's name in the drop folder. */
export interface DropJob {
  name: string
}

export interface SharedWatchOptions extends Omit<WatchOptions, 'archive'> {
  /** The shared archive every record goes into. */
  readonly archive: Archive
  /** The job queue on the same archive (`openJobQueue`), claiming as this service. */
  readonly jobs: JobQueue<DropJob>
  /** How often to look for work when there was none, in ms (default 250). */
  readonly pollMs?: number
}

/** A name for this service in the job table: host, process and a random tag. */
export function workerName(): string {
  return `${hostname()}/${process.pid}/${randomBytes(3).toString('hex')}`
}

export async function startSharedWatch(options: SharedWatchOptions): Promise<WatchService> {
  const layout = layoutOf(options.folder, options.out)
  const concurrency = options.concurrency ?? 2
  const settleMs = options.settleMs ?? 300
  const execution = options.execution ?? 'worker'
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new TypeError(`Expected \`concurrency\` to be a whole number from 1, not \`${concurrency}\``)
  if (execution === 'worker' && !options.workerUrl) throw new TypeError('Expected `workerUrl` (the bundled job-worker.js) to run jobs in worker threads')
  await prepareFolders(layout)
  // A service of its own on this folder (no shared archive) would not see these services' claims.
  const holder = await lockHolder(layout.lock)
  if (holder !== undefined && holder !== process.pid) {
    throw new WatchSetupError(`A \`minutes watch\` without the shared archive (process ${holder}) is watching this folder (lock file ${layout.lock}); stop it, or start it with the same --db`)
  }
  const jobOptions = jobOptionsOf(options)
  const runner = execution === 'worker' ? createWorkerRunner(jobOptions, options.workerUrl!, concurrency) : createInProcessRunner(jobOptions)
  try {
    await removeStalePartials(layout.out)
    await runner.ready()
  } catch (error) {
    await runner.close()
    throw error
  }
  const service = new SharedService(layout, runner, {...options, concurrency, settleMs})
  try {
    return await service.start()
  } catch (error) {
    // The watcher or the archive failed before the first file: nothing is held, stop the workers.
    await service.stop().catch(() => {})
    throw error
  }
}

class SharedService implements WatchService {
  readonly layout: Layout
  private readonly runner: Runner
  private readonly options: SharedWatchOptions & {concurrency: number; settleMs: number}
  private readonly jobs: JobQueue<DropJob>
  private watcher: FSWatcher | undefined
  private timer: NodeJS.Timeout | undefined
  private active = 0
  private pumping = false
  private stopping: Promise<void> | undefined
  private readonly running = new Set<Promise<void>>()
  /** Names whose content is another file's pending job: looked at again on each tick. */
  private readonly deferred = new Set<string>()

  constructor(layout: Layout, runner: Runner, options: SharedWatchOptions & {concurrency: number; settleMs: number}) {
    this.layout = layout
    this.runner = runner
    this.options = options
    this.jobs = options.jobs
  }

  get inFlight(): number {
    return this.active
  }

  private emit(event: WatchEvent): void {
    // Each line names the service that wrote it, so the logs of several can be read together.
    this.options.onEvent({...event, worker: this.jobs.worker} as unknown as WatchEvent)
  }

  async start(): Promise<this> {
    const {layout, options} = this
    // Files in processing/ without a job (left by a single service before) become jobs; the rest are leased.
    let recovered = 0
    for (const name of await readdir(layout.processing)) {
      if (isTemporaryName(name)) continue
      const sha256 = await sha256Of(path.join(layout.processing, name)).catch(() => null)
      if (sha256 && (await this.jobs.offer(sha256, {name})).added) recovered++
    }
    const ownFolders = new Set([layout.processing, layout.done, layout.failed, layout.out])
    const watcher = watch(layout.folder, {
      depth: 0,
      ignoreInitial: false,
      awaitWriteFinish:
        options.settleMs > 0 ? {stabilityThreshold: options.settleMs, pollInterval: Math.max(20, Math.min(100, Math.floor(options.settleMs / 3)))} : false,
      ignored: (entry: string) => entry !== layout.folder && (ownFolders.has(entry) || isTemporaryName(path.basename(entry)))
    })
    this.watcher = watcher
    const settled = (entry: string): void => {
      if (path.dirname(entry) === layout.folder) this.track(this.offer(path.basename(entry)))
    }
    watcher.on('add', settled)
    watcher.on('change', settled)
    watcher.on('error', (error) => this.emit({event: 'skipped', file: layout.folder, reason: `Watching failed: ${(error as Error).message}`}))
    await new Promise<void>((resolve) => watcher.once('ready', () => resolve()))
    this.timer = setInterval(() => this.tick(), options.pollMs ?? 250)
    this.emit({
      event: 'started',
      folder: layout.folder,
      out: layout.out,
      waiting: (await this.jobs.counts()).waiting,
      recovered,
      concurrency: options.concurrency,
      execution: options.execution ?? 'worker'
    })
    void this.pump()
    return this
  }

  private track(work: Promise<void>): void {
    const running = work.catch((error: unknown) => this.emit({event: 'skipped', file: this.layout.folder, reason: `Unexpected failure: ${(error as Error).message}`}))
    this.running.add(running)
    void running.finally(() => this.running.delete(running))
  }

  private tick(): void {
    if (this.stopping) return
    for (const name of this.deferred) {
      this.deferred.delete(name)
      this.track(this.offer(name))
    }
    void this.pump()
  }

  /** A file settled in the drop folder: make it a job, unless it is one already. */
  private async offer(name: string): Promise<void> {
    if (this.stopping || isTemporaryName(name)) return
    const file = path.join(this.layout.folder, name)
    const info = await stat(file).catch(() => undefined)
    if (!info?.isFile()) return
    const sha256 = await sha256Of(file).catch(() => null)
    // Gone already: another service took it into processing/.
    if (sha256 === null) return
    const offered = await this.jobs.offer(sha256, {name})
    if (offered.added) {
      void this.pump()
      return
    }
    const job = offered.existing
    if (job.state === 'failed') {
      // Dropped again after a failure: try again.
      if (await this.jobs.retry(sha256, {name})) void this.pump()
      return
    }
    if (job.state === 'done') {
      // The same content, processed before: a second drop.
      const earlier = doneNameOf(job.payload.name, sha256)
      const original = path.join(this.layout.done, doneNameOf(name, sha256))
      const moved = await rename(file, original).then(
        () => true,
        () => false
      )
      if (moved) this.emit({event: 'duplicate', file: name, sha256, ms: 0, outputs: [], original, of: earlier})
      return
    }
    // Waiting or being processed under another name: look again once it is done.
    if (job.payload.name !== name) this.deferred.add(name)
  }

  /** Claim jobs while there is room. */
  private async pump(): Promise<void> {
    if (this.pumping) return
    this.pumping = true
    try {
      while (!this.stopping && this.active < this.options.concurrency) {
        const job = await this.jobs.claim()
        if (!job) break
        this.active++
        this.track(
          this.process(job).finally(() => {
            this.active--
            void this.pump()
          })
        )
      }
    } catch (error) {
      this.emit({event: 'skipped', file: this.layout.folder, reason: `The archive did not answer: ${(error as Error).message}`})
    } finally {
      this.pumping = false
    }
  }

  /** One claimed job: take the file, process it, store the record, move it on, finish the job. */
  private async process(job: Job<DropJob>): Promise<void> {
    const {layout, options} = this
    const started = performance.now()
    const {name} = job.payload
    const taken = path.join(layout.processing, name)
    // The first claim moves it from the drop folder; a take-over finds it in processing/ already,
    // and perhaps the half-written outputs of the service that died holding it.
    await rename(path.join(layout.folder, name), taken).catch(() => {})
    if (job.attempts > 1) await removeStalePartials(layout.out)
    const before = await stat(taken).catch(() => undefined)
    if (!before) {
      await this.gone(job, started)
      return
    }
    const sha256 = await sha256Of(taken)
    if (sha256 !== job.key) {
      // Another file of that name replaced it before its turn: that file is a job of its own.
      if (await this.jobs.finish(job, 'failed', {reason: 'replaced by a newer file of the same name before its turn'})) {
        this.emit({event: 'skipped', file: name, reason: 'A newer file of the same name replaced it before its turn; the newer one is processed'})
      }
      await this.jobs.offer(sha256, {name})
      return
    }
    const extension = path.extname(name).toLowerCase()
    if (!options.extensions.includes(extension)) {
      const reason = `Not a transcript file type (${extension || 'no extension'}); export it as ${options.extensions.join(', ')}`
      await this.fail(job, name, sha256, started, {reason, ruleId: 'not-a-transcript', line: 1, column: 1})
      return
    }
    const budgetMs = options.maxSeconds === undefined ? defaultBudgetMs(before.size) : options.maxSeconds * 1000
    const stem = stemOf(name)
    const {value: result} = await this.jobs.hold(job, () => this.runner.run({input: taken, out: layout.out, stem, keepPrevious: true, keepRecord: true}, budgetMs))
    if (!result.ok) {
      // A slow holder whose lease ran out may have finished the file and moved it on while this one read it:
      // then it is done, not failed.
      if (!(await stat(taken).catch(() => undefined))) {
        await this.gone(job, started)
        return
      }
      await this.fail(job, name, sha256, started, result.problem)
      return
    }
    let stored: string
    try {
      stored = (await this.jobs.hold(job, () => storeProcessed(options.archive, result.record!, result.text ?? ''))).value.what
    } catch (error) {
      await this.fail(job, name, sha256, started, archiveWriteProblem(error), result.outputs)
      return
    }
    const original = path.join(layout.done, doneNameOf(name, sha256))
    await rename(taken, original).catch(async (error: NodeJS.ErrnoException) => {
      // A slow holder whose lease ran out may have moved it already.
      if (!(await stat(original).catch(() => undefined))) throw error
    })
    const finished = await this.jobs.finish(job, 'done', {outputs: result.outputs, original})
    if (!finished) {
      this.emit({event: 'skipped', file: name, reason: 'Another service took it over after this one fell behind on its lease; that one reports it'})
      return
    }
    this.emit(doneEvent(name, sha256, started, result, original, stored))
  }

  /**
   * The claimed file is neither in the drop folder nor in `processing/`: a
   * holder that died after moving it on, or someone removed it.
   */
  private async gone(job: Job<DropJob>, started: number): Promise<void> {
    const {layout} = this
    const {name} = job.payload
    const original = path.join(layout.done, doneNameOf(name, job.key))
    if (await stat(original).catch(() => undefined)) {
      const outputs = this.options.formats.map((format) => path.join(layout.out, `${stemOf(name)}${extensionOf(format)}`))
      const record = await readRecord(path.join(layout.out, `${stemOf(name)}.json`), job.key)
      if (!(await this.jobs.finish(job, 'done', {outputs, original}))) return
      this.emit({
        event: 'done',
        file: name,
        sha256: job.key,
        ms: Math.round(performance.now() - started),
        outputs,
        original,
        kind: record?.kind ?? 'transcript',
        language: record?.language ?? 'und',
        speakers: record?.speakers.length ?? 0,
        actionItems: record?.actionItems.length ?? 0,
        decisions: record?.decisions.length ?? 0,
        warnings: [],
        keptAside: []
      })
      return
    }
    if (await this.jobs.finish(job, 'failed', {reason: 'removed before its turn'})) {
      this.emit({event: 'skipped', file: name, reason: 'It was removed from the folder before its turn'})
    }
  }

  private async fail(job: Job<DropJob>, name: string, sha256: string, started: number, problem: JobProblem, outputs: string[] = []): Promise<void> {
    const {layout} = this
    const taken = await stat(path.join(layout.failed, name)).catch(() => undefined)
    const failedName = taken ? doneNameOf(name, sha256) : name
    const note = path.join(layout.failed, `${failedName}${errorNoteSuffix}`)
    await writeAll([[note, errorNote(name, problem, this.options.extensions)]])
    const original = path.join(layout.failed, failedName)
    await rename(path.join(layout.processing, name), original).catch(() => {})
    if (!(await this.jobs.finish(job, 'failed', {reason: problem.reason, ruleId: problem.ruleId}))) return
    this.emit({event: 'failed', file: name, sha256, ms: Math.round(performance.now() - started), outputs, original, note, ruleId: problem.ruleId, reason: problem.reason})
  }

  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.emit({event: 'stopping', inFlight: this.active})
      clearInterval(this.timer)
      await this.watcher?.close()
      // Claimed files are finished; files not claimed stay jobs for the other services.
      while (this.running.size > 0) await Promise.all([...this.running])
      await this.runner.close()
      this.emit({event: 'stopped'})
    })()
    return this.stopping
  }
}

function extensionOf(format: string): string {
  return formats[format]?.extension ?? `.${format}`
}

/** The record written for `sha256`, when it is there and whole. */
async function readRecord(file: string, sha256: string): Promise<MeetingRecord | undefined> {
  try {
    const record = JSON.parse(await readFile(file, 'utf8')) as MeetingRecord
    return record.source?.sha256 === sha256 ? record : undefined
  } catch {
    return undefined
  }
}
