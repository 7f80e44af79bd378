/** Read a fixture of `test/fixtures/formats/` through ingest and the pipelines, as the command does. */
import {fileURLToPath} from 'node:url'
import type {VFile} from 'vfile'
import {readTranscript} from '../../src/ingest.js'
import {createMinutesProcessor} from '../../src/process.js'
import type {MeetingRecord} from '../../src/record.js'
import {quotedVerbatim} from '../../src/evaluate.js'
import '../../src/data.js'

let processRecord: ReturnType<typeof createMinutesProcessor> | undefined

export function formatFixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/formats/${name}`, import.meta.url))
}

export interface Processed {
  file: VFile
  record: MeetingRecord
  /** Each turn: speaker (or label when unresolved), first line, last line. */
  turns: Array<[string | null, number, number]>
  /** The sentences of each turn, in order. */
  sentences: string[][]
}

export async function processFile(path: string): Promise<Processed> {
  processRecord ??= createMinutesProcessor()
  const file = await readTranscript(path, {settleMs: 0})
  const record = processRecord(file)
  return {
    file,
    record,
    turns: record.segments.map((segment) => [segment.speaker ?? segment.label, segment.startLine, segment.endLine]),
    sentences: (file.data.units ?? []).map((unit) => unit.sentences.map((sentence) => unit.text.text.slice(sentence.start, sentence.end)))
  }
}

export function processFixture(name: string): Promise<Processed> {
  return processFile(formatFixture(name))
}

/** Every evidence of a record, with where it is. */
export function allEvidence(record: MeetingRecord): Array<NonNullable<MeetingRecord['decisions'][number]['evidence']>> {
  return [
    ...record.actionItems.map((item) => item.evidence),
    ...record.decisions.map((item) => item.evidence),
    ...Object.values(record.attendance).flatMap((list) => list.flatMap((attendee) => (attendee.evidence ? [attendee.evidence] : []))),
    ...Object.values(record.meeting.evidence ?? {})
  ]
}

export {quotedVerbatim}
