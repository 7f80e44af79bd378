/**
 * record: assemble what the stages found into a meeting record and validate
 * it against `schemas/meeting.schema.json` before anything is written. A
 * record that does not validate fails the file with the path of the first
 * problem in the record.
 */
import {createHash} from 'node:crypto'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {visit} from 'unist-util-visit'
import {displayName, nameKey, readLabel} from '../lib/names.js'
import {TimeIndex} from '../lib/time-marks.js'
import type {Evidence, MeetingRecord, Segment, Speaker, Warning} from '../record.js'
import type {Uncertain} from '../tree.js'

import validate from '../schema/validate-record.cjs'

export default function buildRecord() {
  return (_tree: Root, file: VFile): void => {
    const data = file.data
    const units = data.units ?? []
    const source = data.sourceIndex!
    const text = String(file.value ?? '')

    const speakers = new Map<string, Speaker>()
    const segments: Segment[] = []
    for (const unit of units) {
      const segment: Segment = {
        id: unit.id,
        speaker: unit.speaker,
        label: unit.label,
        text: unit.text.text,
        language: unit.language,
        languageSource: unit.languageSource,
        startLine: unit.startLine,
        endLine: unit.endLine
      }
      const uncertain: NonNullable<Segment['uncertain']> = []
      visit(unit.node, 'uncertain', (node: Uncertain) => {
        uncertain.push({text: node.value, kind: node.kind, line: node.position?.start.line ?? unit.startLine})
      })
      if (uncertain.length > 0) segment.uncertain = uncertain
      segments.push(segment)

      if (!unit.speaker) continue
      let speaker = speakers.get(unit.speaker)
      if (!speaker) {
        const person = data.people?.find(unit.speaker)
        speaker = {name: unit.speaker, turns: 0, words: 0, aliases: [...(person?.aliases ?? [])], uncertain: person?.uncertain ?? false}
        if (person?.affiliation) speaker.affiliation = person.affiliation
        speakers.set(unit.speaker, speaker)
      }
      speaker.turns++
      speaker.words += countWords(unit.text.text)
      if (unit.label) {
        const read = readLabel(unit.label)
        const labelled = displayName(read.role ?? read.name)
        if (nameKey(labelled) !== nameKey(speaker.name) && !speaker.aliases.includes(labelled)) speaker.aliases.push(labelled)
      }
    }

    const warnings: Warning[] = file.messages
      .filter((message) => !message.fatal)
      .map((message) => ({message: message.reason, line: message.line ?? null, column: message.column ?? null, ruleId: message.ruleId ?? 'minutes'}))

    const meeting = data.meeting ?? {title: null, group: null, date: null, startTime: null, endTime: null, timezone: null, location: null}
    const record: MeetingRecord = {
      schemaVersion: '1.0',
      kind: data.kind ?? 'document',
      language: data.language ?? 'en',
      source: data.source ?? {
        path: file.path || 'input',
        sha256: createHash('sha256').update(text).digest('hex'),
        lines: source.lineCount,
        bytes: Buffer.byteLength(text),
        encoding: 'utf-8'
      },
      meeting: {...meeting, title: meeting.title ?? meeting.group},
      speakers: [...speakers.values()],
      segments,
      attendance: data.attendance ?? {present: [], apologies: [], staff: [], interpreters: [], absent: []},
      agenda: data.agenda ?? [],
      actionItems: data.actionItems ?? [],
      decisions: data.decisions ?? [],
      candidates: [...(data.candidates ?? [])]
        .sort((a, b) => a.evidence.startLine - b.evidence.startLine)
        .map((candidate, index) => ({...candidate, id: `C${index + 1}`})),
      warnings
    }

    if (data.timeMarks && data.timeMarks.length > 0) addTimes(record, new TimeIndex(data.timeMarks))
    assertValid(record, file)
    data.record = record
  }
}

/**
 * Times of a timed source: each segment from the time of its first line to
 * the end of its last cue (or the next time the source gives), each
 * evidence from its first line.
 */
function addTimes(record: MeetingRecord, times: TimeIndex): void {
  const segments = record.segments
  for (const segment of segments) {
    const start = times.at(segment.startLine)
    if (start !== undefined) segment.startSeconds = start
  }
  for (const [index, segment] of segments.entries()) {
    if (segment.startSeconds === undefined) continue
    const end = times.endOf(segment.startLine, segment.endLine) ?? segments[index + 1]?.startSeconds ?? segment.startSeconds
    segment.endSeconds = Math.max(segment.startSeconds, end)
  }
  const timed = (evidence: Evidence | undefined): void => {
    if (!evidence) return
    const start = times.at(evidence.startLine)
    if (start !== undefined) evidence.startSeconds = start
  }
  for (const evidence of Object.values(record.meeting.evidence ?? {})) timed(evidence)
  for (const list of Object.values(record.attendance)) for (const attendee of list) timed(attendee.evidence)
  for (const item of record.agenda) timed(item.evidence)
  for (const item of record.actionItems) timed(item.evidence)
  for (const decision of record.decisions) timed(decision.evidence)
}

/**
 * Words in a text, counted without collecting them: runs of letters and
 * digits, joined into one word by an apostrophe or hyphen between two of
 * them (the matches of `[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*`), read by hand
 * in one pass: the regular expression cost more than the rest of the record.
 */
function countWords(text: string): number {
  let count = 0
  let at = 0
  const length = text.length
  while (at < length) {
    let width = wordCharWidth(text, at)
    if (width === 0) {
      at++
      continue
    }
    count++
    for (;;) {
      while (width > 0) {
        at += width
        width = at < length ? wordCharWidth(text, at) : 0
      }
      // An apostrophe or hyphen between letters joins two runs into one word.
      const code = text.charCodeAt(at)
      if ((code === 39 || code === 0x2019 || code === 45) && at + 1 < length) {
        width = wordCharWidth(text, at + 1)
        if (width > 0) {
          at++
          continue
        }
      }
      break
    }
  }
  return count
}

const wordChar = /^[\p{L}\p{N}]$/u
const wordCodes = new Map<number, boolean>()

/** The width (1 or 2 code units) of the letter or digit at `at`, or 0 when there is none. */
function wordCharWidth(text: string, at: number): number {
  const code = text.charCodeAt(at)
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) {
    const low = text.charCodeAt(at + 1)
    if (low >= 0xdc00 && low <= 0xdfff) return wordChar.test(text.slice(at, at + 2)) ? 2 : 0
  }
  let known = wordCodes.get(code)
  if (known === undefined) {
    known = wordChar.test(String.fromCharCode(code))
    wordCodes.set(code, known)
  }
  return known ? 1 : 0
}

/** Fail the file when a record does not match the schema, naming where. */
export function assertValid(record: unknown, file: VFile): void {
  if (validate(record)) return
  const error = validate.errors?.[0]
  const where = error?.instancePath || '/'
  file.fail(`Record does not match schemas/meeting.schema.json at \`${where}\`: ${error?.message ?? 'invalid'}`, {
    ruleId: 'invalid-record',
    source: 'minutes'
  })
}
