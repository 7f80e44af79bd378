/**
 * One transcript, start to end: read it, process it into a record, write
 * the record and the minutes, each atomically. `minutes process` and the
 * drop-folder service both call this, so a file gives the same outputs and
 * the same problems whichever way it came in.
 *
 * A job never throws for a bad file: it returns what went wrong, with the
 * rule id and the place, in the words `minutes process` prints.
 */
import {readFile, rename, stat} from 'node:fs/promises'
import path from 'node:path'
import {VFileMessage} from 'vfile-message'
import {IngestError, readTranscript} from './ingest.js'
import {createMinutesProcessor, type MinutesProcessor} from './process.js'
import {formats} from './render/index.js'
import type {MeetingRecord} from './record.js'
import {writeAll} from './lib/outputs.js'
import type {PipelineOptions} from '../pipelines/options.js'

export interface JobOptions extends PipelineOptions {
  /** Output formats, by name (`md`, `json`, …); see `formats`. */
  readonly formats: readonly string[]
  /** Largest input accepted, in bytes (default 50 MB). */
  readonly maxBytes?: number
  /** See `IngestOptions.settleMs` (default `1000`). */
  readonly settleMs?: number
}

export interface JobTarget {
  /** The transcript to read. */
  readonly input: string
  /** Folder the outputs go to. */
  readonly out: string
  /** Name the outputs share: `<out>/<stem>.<format extension>`. */
  readonly stem: string
  /**
   * When the record of another transcript of the same name is already in
   * `out`, move its outputs aside as `<stem>.<first 12 hex of its sha256>.<ext>`
   * before writing the new ones (default `false`: overwrite).
   */
  readonly keepPrevious?: boolean
  /**
   * The path the record names as its source, when it is not `input`: the
   * drop folder reads a file from `processing/` but records it under the
   * name it was dropped as (default: `input`).
   */
  readonly sourcePath?: string
  /** Return the record and the decoded text with the result (default `false`). */
  readonly keepRecord?: boolean
  /**
   * The input's size and modification time when it was taken: if either
   * has changed by the time the outputs are to be written, nothing is
   * written and the job fails as `file-still-being-written`.
   */
  readonly unchanged?: {readonly size: number; readonly mtimeMs: number}
}

/** A problem found in a file, as `minutes process` prints it. */
export interface JobProblem {
  reason: string
  ruleId: string
  line: number
  column: number
}

export interface JobDone {
  ok: true
  input: string
  sha256: string
  outputs: string[]
  kind: MeetingRecord['kind']
  language: string
  speakers: number
  actionItems: number
  decisions: number
  /** Warnings about the file (decoded as Windows-1252, a speaker mismatch, …). */
  warnings: JobProblem[]
  /** Outputs of an earlier transcript of the same name, moved aside. */
  keptAside: string[]
  record?: MeetingRecord
  text?: string
}

export interface JobFailed {
  ok: false
  input: string
  problem: JobProblem
}

export type JobResult = JobDone | JobFailed

/** `path:line:column: reason [rule-id]`, the line `minutes process` prints. */
export function formatJobProblem(input: string, problem: JobProblem): string {
  return `${input}:${problem.line}:${problem.column}: ${problem.reason} [${problem.ruleId}]`
}

/** Build the processor once; the returned function runs any number of jobs, one at a time or several. */
export function createJob(options: JobOptions): (target: JobTarget) => Promise<JobResult> {
  for (const name of options.formats) if (!formats[name]) throw new TypeError(`Unknown format \`${name}\``)
  const process: MinutesProcessor = createMinutesProcessor({
    ...(options.languages ? {languages: options.languages} : {}),
    ...(options.minConfidence === undefined ? {} : {minConfidence: options.minConfidence})
  })

  return async (target: JobTarget): Promise<JobResult> => {
    const {input} = target
    try {
      const file = await readTranscript(input, {
        ...(options.maxBytes === undefined ? {} : {maxBytes: options.maxBytes}),
        ...(options.settleMs === undefined ? {} : {settleMs: options.settleMs})
      })
      if (target.sourcePath !== undefined && file.data.source) file.data.source.path = target.sourcePath
      const record = process(file)
      // A format that can give its output in pieces (the record JSON) is written as they come.
      const outputs = options.formats.map((name): [string, string | Iterable<string>] => {
        const format = formats[name]!
        return [path.join(target.out, `${target.stem}${format.extension}`), format.chunks ? format.chunks(record) : format.render(record)]
      })
      if (target.unchanged) {
        const now = await stat(input).catch(() => undefined)
        if (!now || now.size !== target.unchanged.size || now.mtimeMs !== target.unchanged.mtimeMs) {
          return {ok: false, input, problem: {reason: 'File is still being written (it changed while it was processed); it will be taken once it settles', ruleId: 'file-still-being-written', line: 1, column: 1}}
        }
      }
      const keptAside = target.keepPrevious ? await moveAsidePrevious(target, record.source.sha256) : []
      await writeAll(outputs)
      const done: JobDone = {
        ok: true,
        input,
        sha256: record.source.sha256,
        outputs: outputs.map(([output]) => output),
        kind: record.kind,
        language: record.language,
        speakers: record.speakers.length,
        actionItems: record.actionItems.length,
        decisions: record.decisions.length,
        warnings: file.messages.map(problemOf),
        keptAside
      }
      if (target.keepRecord) {
        done.record = record
        done.text = String(file.value)
      }
      return done
    } catch (caught) {
      return {ok: false, input, problem: failureOf(caught)}
    }
  }
}

function problemOf(message: VFileMessage): JobProblem {
  return {reason: message.reason, ruleId: message.ruleId ?? 'minutes', line: message.line ?? 1, column: message.column ?? 1}
}

/** Why a job failed, for any error it may meet. */
export function failureOf(caught: unknown): JobProblem {
  if (caught instanceof IngestError) return {reason: caught.message, ruleId: caught.ruleId, line: 1, column: 1}
  if (caught instanceof VFileMessage) return problemOf(caught)
  const reason = caught instanceof Error ? caught.message : String(caught)
  if (/Maximum call stack size exceeded/.test(reason)) {
    return {reason: 'The file is nested too deeply to read (more levels of quotes or lists than the reader handles)', ruleId: 'too-deeply-nested', line: 1, column: 1}
  }
  return {reason: `Unexpected failure: ${reason}`, ruleId: 'internal-error', line: 1, column: 1}
}

/**
 * The record of the same name, when it came from other content, is moved
 * aside with every output of that name, so that a corrected transcript
 * replaces the minutes and the earlier ones stay beside them.
 */
async function moveAsidePrevious(target: JobTarget, sha256: string): Promise<string[]> {
  const recordPath = path.join(target.out, `${target.stem}.json`)
  const previous = await previousSha(recordPath)
  if (!previous || previous === sha256) return []
  const moved: string[] = []
  for (const format of Object.values(formats)) {
    const current = path.join(target.out, `${target.stem}${format.extension}`)
    const aside = path.join(target.out, `${target.stem}.${previous.slice(0, 12)}${format.extension}`)
    const exists = await stat(current).catch(() => undefined)
    if (!exists) continue
    await rename(current, aside)
    moved.push(aside)
  }
  return moved
}

/** The source sha256 of a record written earlier, if there is one. */
async function previousSha(recordPath: string): Promise<string | undefined> {
  const text = await readFile(recordPath, 'utf8').catch(() => undefined)
  if (text === undefined) return undefined
  try {
    const record = JSON.parse(text) as Partial<MeetingRecord>
    return typeof record.source?.sha256 === 'string' ? record.source.sha256 : undefined
  } catch {
    return undefined
  }
}
