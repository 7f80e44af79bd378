/**
 * `minutes process <file|dir>... --out DIR`: a record and minutes for every
 * transcript. One bad file never stops the others: it gets an error line and
 * no output, and the exit code is 1 at the end.
 */
import PQueue from 'p-queue'
import {SingleBar, Presets} from 'cli-progress'
import {createJob, formatJobProblem, type JobDone} from '../job.js'
import type {Archive} from '../archive/types.js'
import {storeProcessed} from '../archive/store-processed.js'
import {findInputs, stemOf} from './files.js'
import {formatProblem} from './report.js'

export interface ProcessCommandOptions {
  out: string
  formats: string[]
  languages?: string[]
  minConfidence?: number
  maxBytes?: number
  settleMs?: number
  quiet?: boolean
  /** The open archive each record is also stored in; none when absent (`--no-archive`). */
  archive?: Archive
  /** Show a progress bar on standard error while the files are processed (the command sets it on a terminal only). */
  progress?: boolean
}

/** Batches this small finish before a bar would say anything. */
export const progressThreshold = 5

function startProgress(total: number): SingleBar {
  const bar = new SingleBar(
    {format: 'processing {bar} {value}/{total} files, {eta_formatted} left', hideCursor: true, clearOnComplete: true, stream: process.stderr},
    Presets.shades_classic
  )
  bar.start(total, 0)
  return bar
}

/** What was written for an input, and what its record holds (counts only: records are not kept). */
export type Processed = Pick<JobDone, 'input' | 'outputs' | 'kind' | 'language' | 'speakers' | 'actionItems' | 'decisions'>

export interface ProcessSummary {
  processed: Processed[]
  failed: Array<{input: string; line: string}>
}

export async function processCommand(inputs: string[], options: ProcessCommandOptions, log = console.log, error = console.error): Promise<ProcessSummary> {
  const summary: ProcessSummary = {processed: [], failed: []}
  const {files, refused, all} = await findInputs(inputs)
  /** What to print for each input, printed in input order once all are done. */
  const printed = new Map<string, Array<[typeof log, string]>>()
  const say = (input: string, to: typeof log, line: string): void => {
    const lines = printed.get(input) ?? []
    lines.push([to, line])
    printed.set(input, lines)
  }
  for (const entry of refused) {
    const line = formatProblem(entry.path, entry.reason, 'not-a-transcript')
    summary.failed.push({input: entry.path, line})
    say(entry.path, error, line)
  }

  const job = createJob({
    formats: options.formats,
    ...(options.languages ? {languages: options.languages} : {}),
    ...(options.minConfidence === undefined ? {} : {minConfidence: options.minConfidence}),
    ...(options.maxBytes === undefined ? {} : {maxBytes: options.maxBytes}),
    ...(options.settleMs === undefined ? {} : {settleMs: options.settleMs})
  })
  const stems = new Map<string, string>()
  const queue = new PQueue({concurrency: 4})
  const bar = options.progress && files.length > progressThreshold ? startProgress(files.length) : undefined

  const handle = async (input: string): Promise<void> => {
    const stem = stemOf(input)
    const other = stems.get(stem)
    if (other) {
      const line = formatProblem(input, `Output name \`${stem}\` is already taken by ${other}; rename one of them`, 'output-name-taken')
      summary.failed.push({input, line})
      say(input, error, line)
      return
    }
    stems.set(stem, input)
    const result = await job({input, out: options.out, stem, ...(options.archive ? {keepRecord: true} : {})})
    if (!result.ok) {
      const line = formatJobProblem(input, result.problem)
      summary.failed.push({input, line})
      say(input, error, line)
      return
    }
    for (const warning of result.warnings) if (!options.quiet) say(input, error, formatJobProblem(input, warning))
    const entry: Processed = {
      input,
      outputs: result.outputs,
      kind: result.kind,
      language: result.language,
      speakers: result.speakers,
      actionItems: result.actionItems,
      decisions: result.decisions
    }
    summary.processed.push(entry)
    const minutes = result.outputs.find((target) => target.endsWith('.md')) ?? result.outputs[0]!
    if (!options.quiet) {
      say(input, log, `${input}: ${entry.kind}, ${entry.language}, ${entry.speakers} speakers, ${entry.actionItems} action items, ${entry.decisions} decisions → ${minutes}`)
    }
    if (options.archive && result.record) {
      try {
        const stored = await storeProcessed(options.archive, result.record, result.text ?? '')
        if (!options.quiet) say(input, log, `${input}: archive: ${stored.what}`)
      } catch (caught) {
        // The record and minutes are written; only the archive missed them.
        const line = formatProblem(input, `Written, but not stored in the archive: ${caught instanceof Error ? caught.message : String(caught)}`, 'archive-write-failed')
        summary.failed.push({input, line})
        say(input, error, line)
      }
    }
  }

  try {
    await Promise.all(files.map((input) => queue.add(() => handle(input).finally(() => bar?.increment()))))
  } finally {
    bar?.stop()
  }
  // Report in input order, whatever order the queue finished in.
  const order = new Map(all.map((input, index) => [input, index]))
  summary.processed.sort((a, b) => order.get(a.input)! - order.get(b.input)!)
  summary.failed.sort((a, b) => (order.get(a.input) ?? 0) - (order.get(b.input) ?? 0))
  for (const input of order.keys()) for (const [to, line] of printed.get(input) ?? []) to(line)
  return summary
}
