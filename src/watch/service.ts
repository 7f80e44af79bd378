/**
 * The drop-folder service: a loop around the per-file job. The watcher
 * (chokidar) only decides when a dropped file is ready: once its size and
 * modification time have held still for `settleMs`. The file is then renamed
 * into `processing/`, turned into minutes by the same job as `minutes
 * process`, and renamed into `done/` or `failed/`. State lives in the
 * folders, never only in memory: on start, whatever a crash left in
 * `processing/` is done again, and files already waiting are taken.
 */
import {availableParallelism, hostname} from 'node:os'
import {mkdir, readdir, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {watch, type FSWatcher} from 'chokidar'
import PQueue from 'p-queue'
import type {JobDone, JobOptions, JobProblem, JobResult} from '../job.js'
import type {Archive} from '../archive/types.js'
import {storeProcessed} from '../archive/store-processed.js'
import {partialSuffix, writeAll} from '../lib/outputs.js'
import {type Layout, doneNameOf, errorNoteSuffix, hashOfDoneName, isTemporaryName, layoutOf, sha256Of, stemOf} from './layout.js'
import {acquireLock, isAlive, type FolderLock} from './lock.js'
import {errorNote} from './notes.js'
import {createInProcessRunner, createWorkerRunner, type Execution, type Runner} from './runner.js'

export interface WatchOptions extends JobOptions {
  /** The drop folder. */
  readonly folder: string
  /** Where records and minutes go (default `<folder>/minutes`). */
  readonly out?: string
  /** File name endings taken as transcripts, such as `.txt` (lower case, with the dot). */
  readonly extensions: readonly string[]
  /** Files processed at once (default: the number of cores). */
  readonly concurrency?: number
  /** How long a file's size and modification time must hold still before it is taken, in ms (default `300`). */
  readonly settleMs?: number
  /** Time budget per file, in seconds (default: 60 s plus 12 s per MB). */
  readonly maxSeconds?: number
  /** `worker` threads (default; a file over budget is stopped) or `in-process` (no budget; for measuring). */
  readonly execution?: Execution
  /** The bundled worker script (`dist/job-worker.js`); required for `worker`. */
  readonly workerUrl?: URL
  /**
   * Opens the archive every record also goes into, as `minutes process`
   * stores it; called once the folder is ready and locked, closed on stop.
   */
  readonly openArchive?: () => Promise<Archive>
  /** Told of everything that happens, one event at a time. */
  readonly onEvent: (event: WatchEvent) => void
}

interface FileEvent {
  /** The name as dropped. */
  file: string
  sha256: string | null
  /** Time from taking the file to its outcome. */
  ms: number
}

export type WatchEvent =
  | {event: 'started'; folder: string; out: string; waiting: number; recovered: number; concurrency: number; execution: Execution; tookOverLockOf?: number}
  | (FileEvent & {
      event: 'done'
      outputs: string[]
      original: string
      kind: JobDone['kind']
      language: string
      speakers: number
      actionItems: number
      decisions: number
      warnings: string[]
      keptAside: string[]
      /** What the archive made of it (`new meeting 3`, …), when there is one. */
      archive?: string
    })
  | (FileEvent & {event: 'failed'; outputs: string[]; original: string; note: string; ruleId: string; reason: string})
  | (FileEvent & {event: 'duplicate'; outputs: string[]; original: string; of: string})
  | {event: 'queued'; file: string}
  | {event: 'skipped'; file: string; reason: string}
  | {event: 'returned'; file: string; reason: string}
  | {event: 'stopping'; inFlight: number}
  | {event: 'stopped'}

/** The `done` event for `file`, taken at `started`, processed into `result` and moved to `original`. */
export function doneEvent(file: string, sha256: string, started: number, result: JobDone, original: string, archive: string | undefined): WatchEvent {
  return {
    event: 'done',
    file,
    sha256,
    ms: Math.round(performance.now() - started),
    outputs: result.outputs,
    original,
    kind: result.kind,
    language: result.language,
    speakers: result.speakers,
    actionItems: result.actionItems,
    decisions: result.decisions,
    warnings: result.warnings.map((warning) => `${warning.line}:${warning.column}: ${warning.reason} [${warning.ruleId}]`),
    keptAside: result.keptAside,
    ...(archive === undefined ? {} : {archive})
  }
}

/** The problem of a file whose minutes were written but whose record the archive refused. */
export function archiveWriteProblem(error: unknown): JobProblem {
  return {reason: `Written, but not stored in the archive: ${(error as Error).message}`, ruleId: 'archive-write-failed', line: 1, column: 1}
}

/** A problem that keeps the service from starting; the command exits 2. */
export class WatchSetupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WatchSetupError'
  }
}

export interface WatchService {
  readonly layout: Layout
  /** Stop taking files, finish those in flight, release the folder. */
  stop(): Promise<void>
  /** Files taken and not yet finished, and files waiting for their turn. */
  readonly inFlight: number
}

/** The default time budget for a file of `bytes`. */
/** What each file's job is told of the service's options; the watcher has already waited for the file to settle. */
export function jobOptionsOf(options: WatchOptions): JobOptions {
  return {
    formats: options.formats,
    ...(options.languages ? {languages: options.languages} : {}),
    ...(options.minConfidence === undefined ? {} : {minConfidence: options.minConfidence}),
    ...(options.maxBytes === undefined ? {} : {maxBytes: options.maxBytes}),
    settleMs: 0
  }
}

export function defaultBudgetMs(bytes: number): number {
  return (60 + 12 * (bytes / (1024 * 1024))) * 1000
}

export async function startWatch(options: WatchOptions): Promise<WatchService> {
  const layout = layoutOf(options.folder, options.out)
  const settleMs = options.settleMs ?? 300
  const concurrency = options.concurrency ?? availableParallelism()
  const execution = options.execution ?? 'worker'
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new TypeError(`Expected \`concurrency\` to be a whole number from 1, not \`${concurrency}\``)
  if (!Number.isInteger(settleMs) || settleMs < 0) throw new TypeError(`Expected \`settleMs\` to be a whole number of milliseconds, not \`${settleMs}\``)
  if (options.maxSeconds !== undefined && !(options.maxSeconds > 0)) throw new TypeError(`Expected \`maxSeconds\` above 0, not \`${options.maxSeconds}\``)
  if (execution === 'worker' && !options.workerUrl) throw new TypeError('Expected `workerUrl` (the bundled job-worker.js) to run jobs in worker threads')
  const emit = options.onEvent
  const extensions = options.extensions.map((extension) => extension.toLowerCase())

  await prepareFolders(layout)
  const lock = await acquireLock(layout.lock)
  const jobOptions = jobOptionsOf(options)
  let runner: Runner | undefined
  let archive: Archive | undefined
  try {
    if (options.openArchive) {
      archive = await options.openArchive().catch((error: Error) => {
        if (error.name === 'ArchiveError') throw error
        throw new WatchSetupError(`The archive cannot be opened (${error.message}); choose another --db, or --no-archive`)
      })
    }
    await removeStalePartials(layout.out)
    runner = execution === 'worker' ? createWorkerRunner(jobOptions, options.workerUrl!, concurrency) : createInProcessRunner(jobOptions)
    await runner.ready()
  } catch (error) {
    await runner?.close()
    await archive?.close()
    await lock.release()
    throw error
  }
  const service = new Service(layout, lock, runner, {...options, extensions, concurrency, settleMs, execution, emit, ...(archive ? {archive} : {})})
  try {
    return await service.start()
  } catch (error) {
    await service.stop()
    throw error
  }
}

/** Create the folders, and check that the output folder can be written, before anything is taken. */
export async function prepareFolders(layout: Layout): Promise<void> {
  const info = await stat(layout.folder).catch(() => undefined)
  if (!info?.isDirectory()) throw new WatchSetupError(`${layout.folder}: not a folder; create it first`)
  for (const folder of [layout.processing, layout.done, layout.failed]) {
    await mkdir(folder, {recursive: true}).catch((error: Error) => {
      throw new WatchSetupError(`${folder}: cannot be created (${error.message})`)
    })
  }
  const probe = path.join(layout.out, `.minutes-write-test-${process.pid}`)
  try {
    await mkdir(layout.out, {recursive: true})
    await writeFile(probe, 'ok')
    await rm(probe, {force: true})
  } catch (error) {
    throw new WatchSetupError(`${layout.out}: the minutes cannot be written there (${(error as Error).message}); choose another --out or fix its permissions`)
  }
}

/** Outputs half written when a service was killed: `<name>.partial-<pid>` of a process that is gone. */
export async function removeStalePartials(out: string): Promise<void> {
  const host = hostname()
  for (const name of await readdir(out)) {
    const at = name.lastIndexOf(partialSuffix)
    if (at === -1) continue
    // `<host>-<pid>`: only this machine can tell whether the process is gone.
    const owner = name.slice(at + partialSuffix.length)
    const dash = owner.lastIndexOf('-')
    const pid = Number(owner.slice(dash + 1))
    if (owner.slice(0, dash) !== host || !Number.isInteger(pid)) continue
    if (pid === process.pid || !isAlive(pid)) await rm(path.join(out, name), {force: true})
  }
}

interface Settings extends WatchOptions {
  readonly archive?: Archive
  readonly extensions: string[]
  readonly concurrency: number
  readonly settleMs: number
  readonly execution: Execution
  readonly emit: (event: WatchEvent) => void
}

class Service implements WatchService {
  readonly layout: Layout
  private readonly lock: FolderLock
  private readonly runner: Runner
  private readonly settings: Settings
  private readonly queue: PQueue
  private watcher: FSWatcher | undefined
  /** Names in the drop folder waiting for their turn. */
  private readonly queued = new Set<string>()
  /** Output names being written, with the work that writes them. */
  private readonly busyStems = new Map<string, Promise<void>>()
  /** Content being processed, by sha256. */
  private readonly busyHashes = new Map<string, Promise<void>>()
  /** `done/` names by the hash prefix they carry. */
  private readonly doneByHash = new Map<string, string>()
  private readonly foldersLogged = new Set<string>()
  private stopping: Promise<void> | undefined
  private readonly maxBytes: number

  constructor(layout: Layout, lock: FolderLock, runner: Runner, settings: Settings) {
    this.layout = layout
    this.lock = lock
    this.runner = runner
    this.settings = settings
    this.queue = new PQueue({concurrency: settings.concurrency})
    this.maxBytes = settings.maxBytes ?? 50 * 1024 * 1024
  }

  get inFlight(): number {
    return this.queue.size + this.queue.pending
  }

  async start(): Promise<this> {
    for (const name of await readdir(this.layout.done)) {
      const hash = hashOfDoneName(name)
      if (hash) this.doneByHash.set(hash, name)
    }
    // What a crash left half done is done again, first.
    const recovered = (await readdir(this.layout.processing)).filter((name) => !isTemporaryName(name)).sort()
    for (const name of recovered) void this.queue.add(() => this.withStem(name, () => this.process(name)))

    const {layout, settings} = this
    const ownFolders = new Set([layout.processing, layout.done, layout.failed, layout.out])
    const watcher = watch(layout.folder, {
      depth: 0,
      ignoreInitial: false,
      awaitWriteFinish: settings.settleMs > 0 ? {stabilityThreshold: settings.settleMs, pollInterval: Math.max(20, Math.min(100, Math.floor(settings.settleMs / 3)))} : false,
      ignored: (entry: string) => entry !== layout.folder && (ownFolders.has(entry) || isTemporaryName(path.basename(entry)))
    })
    this.watcher = watcher
    watcher.on('add', (entry) => this.dropped(entry))
    watcher.on('change', (entry) => this.dropped(entry))
    watcher.on('addDir', (entry) => {
      if (entry === layout.folder || ownFolders.has(entry)) return
      const name = path.basename(entry)
      if (this.foldersLogged.has(name)) return
      this.foldersLogged.add(name)
      settings.emit({event: 'skipped', file: name, reason: 'A folder is not taken: drop the transcript files themselves'})
    })
    watcher.on('error', (error) => settings.emit({event: 'skipped', file: layout.folder, reason: `Watching failed: ${(error as Error).message}`}))
    await new Promise<void>((resolve) => watcher.once('ready', () => resolve()))
    settings.emit({
      event: 'started',
      folder: layout.folder,
      out: layout.out,
      waiting: this.queued.size,
      recovered: recovered.length,
      concurrency: settings.concurrency,
      execution: settings.execution,
      ...(this.lock.tookOver === undefined ? {} : {tookOverLockOf: this.lock.tookOver})
    })
    return this
  }

  /** A file in the drop folder has settled: queue it once. */
  private dropped(entry: string): void {
    if (this.stopping || path.dirname(entry) !== this.layout.folder) return
    const name = path.basename(entry)
    if (this.queued.has(name)) return
    this.queued.add(name)
    this.settings.emit({event: 'queued', file: name})
    void this.queue.add(() => this.withStem(name, () => this.take(name)))
  }

  /** Outputs share a stem: work on one stem waits for the work before it. */
  private async withStem(name: string, work: () => Promise<void>): Promise<void> {
    const stem = stemOf(name)
    for (let before = this.busyStems.get(stem); before; before = this.busyStems.get(stem)) await before
    const running = work().catch((error: unknown) => {
      this.settings.emit({event: 'skipped', file: name, reason: `Unexpected failure, the file stays where it is: ${(error as Error).message}`})
    })
    this.busyStems.set(stem, running)
    try {
      await running
    } finally {
      this.busyStems.delete(stem)
    }
  }

  /** Its turn: move the file into `processing/` and process it. */
  private async take(name: string): Promise<void> {
    this.queued.delete(name)
    if (this.stopping) return
    const source = path.join(this.layout.folder, name)
    const info = await stat(source).catch(() => undefined)
    if (!info) {
      this.settings.emit({event: 'skipped', file: name, reason: 'It was removed from the folder before its turn'})
      return
    }
    if (!info.isFile()) return
    try {
      await rename(source, path.join(this.layout.processing, name))
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      this.settings.emit({event: 'skipped', file: name, reason: code === 'ENOENT' ? 'It was removed from the folder before its turn' : `It could not be moved into processing/ (${code})`})
      return
    }
    await this.process(name)
  }

  /** Turn `processing/<name>` into minutes, then move it to `done/` or `failed/`. */
  private async process(name: string): Promise<void> {
    const {layout, settings} = this
    const started = performance.now()
    const file = path.join(layout.processing, name)
    const before = await stat(file).catch(() => undefined)
    if (!before) return
    const extension = path.extname(name).toLowerCase()
    if (!settings.extensions.includes(extension)) {
      // A film or a disk image dropped by mistake is not read through just to name it.
      const sha256 = before.size > this.maxBytes ? null : await sha256Of(file).catch(() => null)
      await this.fail(name, sha256, started, {
        reason: `Not a transcript file type (${extension || 'no extension'}); export it as ${settings.extensions.join(', ')}`,
        ruleId: 'not-a-transcript',
        line: 1,
        column: 1
      })
      return
    }
    if (before.size > this.maxBytes) {
      // Refused by the job on its size alone, without reading it.
      const result = await this.runner.run({input: file, out: layout.out, stem: stemOf(name)}, defaultBudgetMs(0))
      if (!result.ok) {
        await this.fail(name, null, started, result.problem)
        return
      }
    }
    const sha256 = await sha256Of(file)
    // The same content being processed right now: wait for it, then it is a duplicate.
    for (let busy = this.busyHashes.get(sha256); busy; busy = this.busyHashes.get(sha256)) await busy
    let finished: () => void = () => {}
    this.busyHashes.set(sha256, new Promise((resolve) => (finished = resolve)))
    try {
      const earlier = await this.doneWithHash(sha256)
      if (earlier) {
        const original = path.join(layout.done, doneNameOf(name, sha256))
        await rename(file, original)
        this.doneByHash.set(sha256.slice(0, 12), path.basename(original))
        settings.emit({event: 'duplicate', file: name, sha256, ms: Math.round(performance.now() - started), outputs: [], original, of: earlier})
        return
      }
      const budgetMs = settings.maxSeconds === undefined ? defaultBudgetMs(before.size) : settings.maxSeconds * 1000
      const result = await this.runner.run(
        {
          input: file,
          sourcePath: path.join(layout.folder, name),
          out: layout.out,
          stem: stemOf(name),
          keepPrevious: true,
          keepRecord: settings.archive !== undefined,
          unchanged: {size: before.size, mtimeMs: before.mtimeMs}
        },
        budgetMs
      )
      // Written to after it was taken (a copy that paused longer than the
      // settle time): no minutes were written from it; put it back.
      const after = await stat(file).catch(() => undefined)
      if ((!result.ok && result.problem.ruleId === 'file-still-being-written') || (after && (after.size !== before.size || after.mtimeMs !== before.mtimeMs))) {
        await rename(file, path.join(layout.folder, name))
        settings.emit({event: 'returned', file: name, reason: 'It changed while it was processed; it will be taken again once it stops changing'})
        return
      }
      if (!result.ok) {
        await this.removePartials(stemOf(name))
        await this.fail(name, sha256, started, result.problem)
        return
      }
      const stored = await this.store(result)
      if (stored.problem) {
        await this.fail(name, sha256, started, stored.problem, result.outputs)
        return
      }
      const original = path.join(layout.done, doneNameOf(name, sha256))
      await rename(file, original)
      this.doneByHash.set(sha256.slice(0, 12), path.basename(original))
      settings.emit(doneEvent(name, sha256, started, result, original, stored.line))
    } finally {
      this.busyHashes.delete(sha256)
      finished()
    }
  }

  /** Put the record into the archive, when there is one: what it made of it, or the problem. */
  private async store(result: JobResult): Promise<{line?: string; problem?: JobProblem}> {
    if (!this.settings.archive || !result.ok || !result.record) return {}
    try {
      const stored = await storeProcessed(this.settings.archive, result.record, result.text ?? '')
      return {line: stored.what}
    } catch (error) {
      return {problem: archiveWriteProblem(error)}
    }
  }

  /** The `done/` name of a file with this content, if one was processed before. */
  private async doneWithHash(sha256: string): Promise<string | undefined> {
    const name = this.doneByHash.get(sha256.slice(0, 12))
    if (!name) return undefined
    // Twelve hex digits name it; the whole hash confirms it.
    const whole = await sha256Of(path.join(this.layout.done, name)).catch(() => undefined)
    return whole === sha256 ? name : undefined
  }

  private async fail(name: string, sha256: string | null, started: number, problem: JobProblem, outputs: string[] = []): Promise<void> {
    const {layout} = this
    const taken = await stat(path.join(layout.failed, name)).catch(() => undefined)
    const failedName = taken && sha256 ? doneNameOf(name, sha256) : name
    const note = path.join(layout.failed, `${failedName}${errorNoteSuffix}`)
    await writeAll([[note, errorNote(name, problem, this.settings.extensions)]])
    const original = path.join(layout.failed, failedName)
    await rename(path.join(layout.processing, name), original)
    this.settings.emit({event: 'failed', file: name, sha256, ms: Math.round(performance.now() - started), outputs, original, note, ruleId: problem.ruleId, reason: problem.reason})
  }

  /** Outputs a stopped worker left half written. */
  private async removePartials(stem: string): Promise<void> {
    for (const name of await readdir(this.layout.out).catch(() => [] as string[])) {
      if (name.startsWith(stem) && name.includes(partialSuffix)) await rm(path.join(this.layout.out, name), {force: true})
    }
  }

  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.settings.emit({event: 'stopping', inFlight: this.queue.pending})
      await this.watcher?.close()
      // Files not yet taken stay in the folder for the next start.
      this.queue.clear()
      this.queued.clear()
      await this.queue.onIdle()
      await this.runner.close()
      await this.settings.archive?.close()
      await this.lock.release()
      this.settings.emit({event: 'stopped'})
    })()
    return this.stopping
  }
}
