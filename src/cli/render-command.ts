/**
 * `minutes render <record.json> --format … --out DIR`: minutes from a record
 * that already exists, such as one a person has reviewed. The record is
 * validated against `schemas/meeting.schema.json` first; one that is not JSON
 * or does not match gets one error line and nothing is written.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {formats} from '../render/index.js'
import type {MeetingRecord} from '../record.js'
import {assertValid} from '../stages/build-record.js'
import type {Archive} from '../archive/types.js'
import {stemOf, writeAll} from './files.js'
import {formatMessage, formatProblem} from './report.js'

/** Options of {@link renderCommand}. */
export interface RenderCommandOptions {
  /** Folder the outputs are written to; made when missing. */
  readonly out: string
  /** Names of output formats, as in `formats` (`md`, `confluence`, `mediawiki`, `json`). */
  readonly formats: readonly string[]
  /** Print errors only. @default false */
  readonly quiet?: boolean
}

/** What {@link renderCommand} did: the files it wrote, or the line that says why it wrote none. */
export type RenderResult = {ok: true; outputs: string[]} | {ok: false; line: string}

/**
 * The name outputs of a record share: its file name without `.json`
 * (`reviewed/000_abc.json` → `000_abc`).
 */
export function recordStem(file: string): string {
  const base = path.basename(file)
  return base.toLowerCase().endsWith('.json') && base.length > '.json'.length ? base.slice(0, -'.json'.length) : base
}

/**
 * Read, validate and render one record to `out/<stem><extension>` for each
 * format, all files or none.
 *
 * @throws {TypeError} When a format name is unknown (the CLI checks them first).
 */
export async function renderCommand(input: string, options: RenderCommandOptions, log = console.log, error = console.error): Promise<RenderResult> {
  for (const name of options.formats) {
    if (!formats[name]) throw new TypeError(`Unknown format \`${name}\`: expected one of ${Object.keys(formats).join(', ')}`)
  }
  const fail = (line: string): RenderResult => {
    error(line)
    return {ok: false, line}
  }

  let text: string
  try {
    text = await readFile(input, 'utf8')
  } catch (caught) {
    const reason = (caught as NodeJS.ErrnoException).code === 'ENOENT' ? 'File not found' : `Cannot read the record: ${(caught as Error).message}`
    return fail(formatProblem(input, reason, 'unreadable-record'))
  }

  let record: unknown
  try {
    record = JSON.parse(text)
  } catch (caught) {
    return fail(formatProblem(input, `Record is not JSON: ${(caught as Error).message}`, 'invalid-record'))
  }

  return renderRecord(record, input, recordStem(input), options, log, error)
}

/**
 * Minutes of a meeting as reviewed in the archive: rejected items gone,
 * edits applied, done items marked, added items in. Written as
 * `out/<source file name without extension><extension>`.
 */
export async function renderReviewed(archive: Archive, meetingId: number, options: RenderCommandOptions, log = console.log, error = console.error): Promise<RenderResult> {
  const record = await archive.reviewedRecord(meetingId)
  return renderRecord(record, `meeting ${meetingId}`, stemOf(record.source.path), options, log, error)
}

/** Validate a record and write each format, all files or none. */
async function renderRecord(record: unknown, input: string, stem: string, options: RenderCommandOptions, log: typeof console.log, error: typeof console.error): Promise<RenderResult> {
  const fail = (line: string): RenderResult => {
    error(line)
    return {ok: false, line}
  }
  try {
    assertValid(record, new VFile({path: input}))
  } catch (caught) {
    if (caught instanceof VFileMessage) return fail(formatMessage(input, caught))
    throw caught
  }

  const valid = record as MeetingRecord
  let outputs: Array<[string, string]>
  try {
    outputs = options.formats.map((name) => {
      const format = formats[name]!
      return [path.join(options.out, `${stem}${format.extension}`), format.render(valid)]
    })
  } catch (caught) {
    return fail(formatProblem(input, `Unexpected failure: ${caught instanceof Error ? caught.message : String(caught)}`, 'internal-error'))
  }
  try {
    await writeAll(outputs)
  } catch (caught) {
    return fail(formatProblem(input, `Cannot write the minutes: ${(caught as Error).message}`, 'unwritable-output'))
  }
  const written = outputs.map(([target]) => target)
  if (!options.quiet) log(`${input}: ${valid.actionItems.length} action items, ${valid.decisions.length} decisions → ${written.join(', ')}`)
  return {ok: true, outputs: written}
}
