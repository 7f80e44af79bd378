/**
 * What stages leave in `file.data`, typed by augmenting vfile's `DataMap`.
 */
import type {SourceIndex} from './lib/source-index.js'
import type {MappedText} from './lib/mapped-text.js'
import type {Sentence} from './lib/sentences.js'
import type {People} from './lib/names.js'
import type {Turn} from './tree.js'
import type {
  ActionItem,
  AgendaItem,
  Attendance,
  Decision,
  Meeting,
  MeetingRecord,
  Source
} from './record.js'
import type {BlockContent, RootContent} from 'mdast'

/** A unit of analysis: one speaker turn, or one block of a document. */
export interface Unit {
  /** `S1`, `S2`, … in document order. */
  id: string
  /** The turn, or the document block, the text was read from. */
  node: Turn | BlockContent | RootContent
  /** Resolved speaker; null for unidentified speakers and documents. */
  speaker: string | null
  /** The label as written; null for documents. */
  label: string | null
  /** Cleaned text and its map back to the source. */
  text: MappedText
  sentences: Sentence[]
  language: string
  languageSource: 'detected' | 'inherited'
  startLine: number
  endLine: number
}

declare module 'vfile' {
  interface DataMap {
    /** Line index of the source the tree positions refer to. */
    sourceIndex: SourceIndex
    /** Set by ingest: path, hash, size and encoding of the original file. */
    source: Source
    /** `transcript` when turns were found, otherwise `document`. */
    kind: 'transcript' | 'document'
    /** Blocks before the first turn (a header with title, date, place). */
    header: RootContent[]
    /** Units of analysis in document order. */
    units: Unit[]
    /** Everyone the meeting knows by name: speakers, roll call, mentions. */
    people: People
    language: string
    meeting: Meeting
    attendance: Attendance
    agenda: AgendaItem[]
    actionItems: ActionItem[]
    decisions: Decision[]
    /** The validated record, set by the last stage. */
    record: MeetingRecord
  }
}
