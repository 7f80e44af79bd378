/**
 * `minutes process <file|dir>... --out DIR`: a record and minutes for every
 * transcript. One bad file never stops the others: it gets an error line and
 * no output, and the exit code is 1 at the end.
 */
import path from 'node:path'
import PQueue from 'p-queue'
import {VFileMessage} from 'vfile-message'
import type {VFile} from 'vfile'
import {createMinutesProcessor} from '../process.js'
import {IngestError, readTranscript} from '../ingest.js'
import {formats} from '../render/index.js'
import type {Archive} from '../archive/types.js'
import {storeProcessed} from '../archive/store-processed.js'
import type {MeetingRecord} from '../record.js'
import {findInputs, stemOf, writeAll} from './files.js'
import {formatMessage, formatProblem} from './report.js'

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
}

/** What was written for an input, and what its record holds (counts only: records are not kept). */
export interface Processed {
  input: string
  outputs: string[]
  kind: MeetingRecord['kind']
  language: string
  speakers: number
  actionItems: number
  decisions: number
}

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

  const process = createMinutesProcessor({
    ...(options.languages ? {languages: options.languages} : {}),
    ...(options.minConfidence === undefined ? {} : {minConfidence: options.minConfidence})
  })
  const stems = new Map<string, string>()
  /** Read and process one input; the file, its tree and its analysis are dropped on return. */
  const recordOf = async (input: string): Promise<{record: MeetingRecord; messages: VFile['messages']; text: string}> => {
    const file = await readTranscript(input, {
      ...(options.maxBytes === undefined ? {} : {maxBytes: options.maxBytes}),
      ...(options.settleMs === undefined ? {} : {settleMs: options.settleMs})
    })
    const text = String(file.value)
    return {record: process(file), messages: file.messages, text}
  }
  const queue = new PQueue({concurrency: 4})

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
    try {
      const {record, messages, text} = await recordOf(input)
      // A format that can give its output in pieces (the record JSON) is written as they come.
      const outputs = options.formats.map((name): [string, string | Iterable<string>] => {
        const format = formats[name]!
        return [path.join(options.out, `${stem}${format.extension}`), format.chunks ? format.chunks(record) : format.render(record)]
      })
      await writeAll(outputs)
      const written = outputs.map(([target]) => target)
      for (const message of messages) if (!options.quiet) say(input, error, formatMessage(input, message))
      const entry: Processed = {
        input,
        outputs: written,
        kind: record.kind,
        language: record.language,
        speakers: record.speakers.length,
        actionItems: record.actionItems.length,
        decisions: record.decisions.length
      }
      summary.processed.push(entry)
      const minutes = written.find((target) => target.endsWith('.md')) ?? written[0]!
      if (!options.quiet) {
        say(input, log, `${input}: ${entry.kind}, ${entry.language}, ${entry.speakers} speakers, ${entry.actionItems} action items, ${entry.decisions} decisions → ${minutes}`)
      }
      if (options.archive) {
        try {
          const stored = await storeProcessed(options.archive, record, text)
          if (!options.quiet) say(input, log, `${input}: ${stored.line}`)
        } catch (caught) {
          // The record and minutes are written; only the archive missed them.
          const line = formatProblem(input, `Written, but not stored in the archive: ${caught instanceof Error ? caught.message : String(caught)}`, 'archive-write-failed')
          summary.failed.push({input, line})
          say(input, error, line)
        }
      }
    } catch (caught) {
      const line =
        caught instanceof IngestError
          ? formatProblem(input, caught.message, caught.ruleId)
          : caught instanceof VFileMessage
            ? formatMessage(input, caught)
            : formatProblem(input, `Unexpected failure: ${caught instanceof Error ? caught.message : String(caught)}`, 'internal-error')
      summary.failed.push({input, line})
      say(input, error, line)
    }
  }

  await Promise.all(files.map((input) => queue.add(() => handle(input))))
  // Report in input order, whatever order the queue finished in.
  const order = new Map(all.map((input, index) => [input, index]))
  summary.processed.sort((a, b) => order.get(a.input)! - order.get(b.input)!)
  summary.failed.sort((a, b) => (order.get(a.input) ?? 0) - (order.get(b.input) ?? 0))
  for (const input of order.keys()) for (const [to, line] of printed.get(input) ?? []) to(line)
  return summary
}
