/**
 * `minutes watch <folder>`: the drop-folder service, and `minutes status
 * <folder>`. This file only wires options to `src/watch/` and prints events.
 */
import {mkdir} from 'node:fs/promises'
import path from 'node:path'
import {FolderLockedError} from '../watch/lock.js'
import {startWatch, WatchSetupError, type WatchEvent, type WatchOptions, type WatchService} from '../watch/service.js'
import {isServerLocation, openArchive} from '../archive/index.js'
import {ArchiveError, type Archive} from '../archive/types.js'
import {layoutOf} from '../watch/layout.js'
import {processArchiveLocation} from './archive-location.js'
import type {Execution} from '../watch/runner.js'
import {folderStatus, formatStatus} from '../watch/status.js'
import {transcriptExtensions} from './files.js'
import {openJobQueue, type JobQueue} from '../archive/postgres/jobs.js'
import {type DropJob, startSharedWatch, workerName} from '../watch/shared.js'

export interface WatchCommandOptions {
  out?: string
  formats: string[]
  languages?: string[]
  minConfidence?: number
  maxBytes?: number
  concurrency?: number
  settleMs?: number
  maxSeconds?: number
  execution?: Execution
  json?: boolean
  /** The archive every record also goes into (default: $MINUTES_DB, else `<out>/minutes.db`). */
  db?: string
  /** `false` (`--no-archive`): no archive. */
  archive?: boolean
  /** With a PostgreSQL archive: how long a file claimed by a service that stopped answering stays with it, in seconds (default 60). */
  leaseSeconds?: number
}

/** One line per event: JSON for log collectors, or words for a person. */
export function formatEvent(event: WatchEvent, json: boolean): string | undefined {
  if (json) return JSON.stringify({time: new Date().toISOString(), ...event})
  switch (event.event) {
    case 'started':
      return `Watching ${event.folder}: minutes go to ${event.out}; ${event.concurrency} at a time${event.recovered > 0 ? `; ${event.recovered} left in processing/ by an earlier run are done again` : ''}${event.tookOverLockOf === undefined ? '' : ` (took over the lock of process ${event.tookOverLockOf}, which is gone)`}. Stop with Ctrl-C.`
    case 'done': {
      const minutes = event.outputs.find((output) => output.endsWith('.md')) ?? event.outputs[0]
      return `✓ ${event.file} (${seconds(event.ms)}): ${event.speakers} speakers, ${event.actionItems} action items, ${event.decisions} decisions → ${minutes}${event.keptAside.length > 0 ? ' (the earlier minutes of this name are kept beside it)' : ''}${event.archive === undefined ? '' : `; archive: ${event.archive}`}`
    }
    case 'failed':
      return `✗ ${event.file} (${seconds(event.ms)}): ${event.reason} [${event.ruleId}]; the file and a note are in ${path.dirname(event.note)}`
    case 'duplicate':
      return `= ${event.file}: duplicate of ${event.of}, already done; not processed again`
    case 'queued':
      // Settled and waiting for its turn: only log collectors want to know.
      return undefined
    case 'skipped':
      return `- ${event.file}: ${event.reason}`
    case 'returned':
      return `↺ ${event.file}: ${event.reason}`
    case 'stopping':
      return event.inFlight > 0 ? `Stopping: finishing ${event.inFlight} file(s) in progress (press Ctrl-C again to stop at once; they are redone on the next start)` : 'Stopping'
    case 'stopped':
      return 'Stopped'
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

/** What the service, single or shared, is told of the command's options. */
function watchOptionsOf(folder: string, options: WatchCommandOptions, workerUrl: URL, print: (event: WatchEvent) => void): WatchOptions {
  return {
    folder,
    formats: options.formats,
    extensions: transcriptExtensions,
    workerUrl,
    onEvent: print,
    ...(options.out === undefined ? {} : {out: options.out}),
    ...(options.languages ? {languages: options.languages} : {}),
    ...(options.minConfidence === undefined ? {} : {minConfidence: options.minConfidence}),
    ...(options.maxBytes === undefined ? {} : {maxBytes: options.maxBytes}),
    ...(options.concurrency === undefined ? {} : {concurrency: options.concurrency}),
    ...(options.settleMs === undefined ? {} : {settleMs: options.settleMs}),
    ...(options.maxSeconds === undefined ? {} : {maxSeconds: options.maxSeconds}),
    ...(options.execution === undefined ? {} : {execution: options.execution})
  }
}

/**
 * Run the service until SIGINT or SIGTERM: the first finishes the files in
 * flight and exits 0; a second exits at once (what is in `processing/` is
 * redone on the next start). Returns the exit code.
 */
export async function watchCommand(folder: string, options: WatchCommandOptions, workerUrl: URL): Promise<number> {
  const json = options.json === true
  const print = (event: WatchEvent): void => {
    const line = formatEvent(event, json)
    if (line !== undefined) console.log(line)
  }
  // The same archive as `minutes process --out <out>` would use.
  const out = layoutOf(folder, options.out).out
  const location = processArchiveLocation({out, ...(options.db === undefined ? {} : {db: options.db}), ...(options.archive === false ? {archive: false} : {})})
  const archive =
    location === null
      ? undefined
      : async (): Promise<Archive> => {
          if (!isServerLocation(location)) await mkdir(path.dirname(location), {recursive: true})
          return openArchive(location)
        }
  // A PostgreSQL archive: several services may share the folder, claiming work through the archive.
  if (location !== null && isServerLocation(location)) return sharedWatchCommand(folder, location, options, workerUrl, print)
  let service: WatchService
  try {
    service = await startWatch({
      ...watchOptionsOf(folder, options, workerUrl, print),
      ...(archive ? {openArchive: archive} : {})
    })
  } catch (error) {
    if (error instanceof WatchSetupError || error instanceof FolderLockedError || error instanceof ArchiveError) {
      console.error(`minutes watch: ${error.message}`)
      return 2
    }
    throw error
  }
  return stopOnSignal(service, 'files in processing/ are redone on the next start')
}

/**
 * Several services on one folder, sharing a PostgreSQL archive: work is
 * claimed through the archive (`src/watch/shared.ts`), so no folder lock.
 */
async function sharedWatchCommand(folder: string, url: string, options: WatchCommandOptions, workerUrl: URL, print: (event: WatchEvent) => void): Promise<number> {
  let archive: Archive | undefined
  let jobs: {queue: JobQueue<DropJob>; close(): Promise<void>} | undefined
  let service: WatchService
  try {
    archive = await openArchive(url)
    jobs = await openJobQueue<DropJob>(url, {worker: workerName(), ...(options.leaseSeconds === undefined ? {} : {leaseMs: Math.round(options.leaseSeconds * 1000)})})
    service = await startSharedWatch({
      ...watchOptionsOf(folder, options, workerUrl, print),
      archive,
      jobs: jobs.queue
    })
  } catch (error) {
    await jobs?.close().catch(() => {})
    await archive?.close().catch(() => {})
    if (error instanceof WatchSetupError || error instanceof ArchiveError) {
      console.error(`minutes watch: ${error.message}`)
      return 2
    }
    throw error
  }
  // Claimed files stay claimed until their lease runs out; another service then takes them.
  const code = await stopOnSignal(service, 'the files this service held go to another once their lease runs out')
  await jobs.close()
  await archive.close()
  return code
}

/**
 * Wait for SIGINT or SIGTERM: the first stops the service (finishing the
 * files in flight) and resolves 0; a second exits at once, saying `unfinished`
 * about the files left behind.
 */
function stopOnSignal(service: WatchService, unfinished: string): Promise<number> {
  return new Promise<number>((resolve) => {
    let signals = 0
    const onSignal = (signal: NodeJS.Signals): void => {
      signals++
      if (signals > 1) {
        console.error(`minutes watch: ${signal} again, stopping at once; ${unfinished}`)
        process.exit(signal === 'SIGINT' ? 130 : 143)
      }
      void service.stop().then(() => resolve(0))
    }
    process.on('SIGINT', onSignal)
    process.on('SIGTERM', onSignal)
  })
}

export async function statusCommand(folder: string, options: {json?: boolean}): Promise<number> {
  try {
    const status = await folderStatus(folder)
    console.log(options.json ? JSON.stringify(status) : formatStatus(status))
    return 0
  } catch (error) {
    console.error(`minutes status: ${(error as Error).message}`)
    return 2
  }
}
