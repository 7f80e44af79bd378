/* Generated from schemas/meeting.schema.json by scripts/generate-record-types.js. Do not edit. */

/**
 * ISO 639-1 code.
 *
 * This interface was referenced by `MeetingRecord`'s JSON-Schema
 * via the `definition` "languageCode".
 */
export type LanguageCode = string
/**
 * This interface was referenced by `MeetingRecord`'s JSON-Schema
 * via the `definition` "isoDate".
 */
export type IsoDate = string
/**
 * This interface was referenced by `MeetingRecord`'s JSON-Schema
 * via the `definition` "clockTime".
 */
export type ClockTime = string
/**
 * 1-based line of the original file.
 *
 * This interface was referenced by `MeetingRecord`'s JSON-Schema
 * via the `definition` "line".
 */
export type Line = number
/**
 * This interface was referenced by `MeetingRecord`'s JSON-Schema
 * via the `definition` "confidence".
 */
export type Confidence = number
/**
 * This interface was referenced by `MeetingRecord`'s JSON-Schema
 * via the `definition` "seconds".
 */
export type Seconds = number

/**
 * What minutes extracts from one transcript or outcome document. Every extracted item points back to the source lines it came from.
 */
export interface MeetingRecord {
  schemaVersion: '1.0'
  /**
   * `transcript` when speaker turns were found, `document` for outcome documents without speakers.
   */
  kind: 'transcript' | 'document'
  language: LanguageCode
  source: Source
  meeting: Meeting
  speakers: Speaker[]
  segments: Segment[]
  attendance: Attendance
  agenda: AgendaItem[]
  actionItems: ActionItem[]
  decisions: Decision[]
  /**
   * Action items and decisions found below the confidence threshold, kept for review; the minutes leave them out.
   */
  candidates?: Candidate[]
  warnings: Warning[]
}
/**
 * This interface was referenced by `MeetingRecord`'s JSON-Schema
 * via the `definition` "source".
 */
export interface Source {
  path: string
  sha256: string
  lines: number
  bytes: number
  /**
   * How the bytes were decoded.
   */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'
  /**
   * The export format the transcript was read as; absent for plain text and Markdown.
   */
  format?: 'vtt' | 'srt' | 'google-meet' | 'otter' | 'pdf-text'
  /**
   * The kind of document the text was extracted from; lines and evidence then refer to the extracted text.
   */
  extractedFrom?: 'docx'
}
/**
 * This interface was referenced by `MeetingRecord`'s JSON-Schema
 * via the `definition` "meeting".
 */
export interface Meeting {
  title: string | null
  group: string | null
  date: IsoDate | null
  startTime: ClockTime | null
  endTime: ClockTime | null
  timezone: string | null
  location: string | null
  /**
   * Where each known field was read, by field name.
   */
  evidence?: {
    [k: string]: Evidence
  }
}
/**
 * This interface was referenced by `MeetingRecord`'s JSON-Schema
 * via the `definition` "evidence".
 */
export interface Evidence {
  /**
   * Verbatim text of the source lines startLine..endLine (whitespace runs collapsed).
   */
  quote: string
  startLine: Line
  endLine: Line
  speaker: string | null
  /**
   * When the quoted words were said, in seconds from the start of the recording (timed sources only).
   */
  startSeconds?: number
}
/**
 * This interface was referenced by `MeetingRecord`'s JSON-Schema
 * via the `definition` "speaker".
 */
export interface Speaker {
  name: string
  turns: number
  words: number
  /**
   * Other forms under which the same person was labelled or introduced.
   */
  aliases: string[]
  /**
   * The transcriber only guessed the name (a bracketed label).
   */
  uncertain: boolean
  affiliation?: string
}
/**
 * This interface was referenced by `MeetingRecord`'s JSON-Schema
 * via the `definition` "segment".
 */
export interface Segment {
  id: string
  /**
   * Resolved speaker name; null for unidentified speakers and for documents.
   */
  speaker: string | null
  /**
   * The speaker label as written in the source.
   */
  label: string | null
  /**
   * Cleaned text: disclaimers and page breaks removed, split sentences rejoined.
   */
  text: string
  language: LanguageCode
  /**
   * `detected` from the segment itself, `inherited` from the document when the segment is too short to tell.
   */
  languageSource: 'detected' | 'inherited'
  startLine: Line
  endLine: Line
  /**
   * When the segment starts, in seconds from the start of the recording (timed sources only).
   */
  startSeconds?: number
  /**
   * When the segment ends, in seconds from the start of the recording (timed sources only).
   */
  endSeconds?: number
  /**
   * Passages the transcriber marked as inaudible or guessed.
   */
  uncertain?: {
    text: string
    kind: 'inaudible' | 'guess' | 'noise'
    line: Line
  }[]
}
/**
 * This interface was referenced by `MeetingRecord`'s JSON-Schema
 * via the `definition` "attendance".
 */
export interface Attendance {
  present: Attendee[]
  apologies: Attendee[]
  staff: Attendee[]
  interpreters: Attendee[]
  /**
   * Said not to be connected, without apologies.
   */
  absent: Attendee[]
}
/**
 * This interface was referenced by `MeetingRecord`'s JSON-Schema
 * via the `definition` "attendee".
 */
export interface Attendee {
  name: string
  /**
   * Language channel the person followed, ISO 639-1.
   */
  channel?: LanguageCode | null
  joinedLate?: boolean
  /**
   * How the person is known to belong here: named in the roll call, welcomed on joining, heard speaking, mentioned, or named in the attendee list the call platform exported.
   */
  source: 'roll-call' | 'joined' | 'spoke' | 'mentioned' | 'attendee-list'
  evidence?: Evidence
}
/**
 * This interface was referenced by `MeetingRecord`'s JSON-Schema
 * via the `definition` "agendaItem".
 */
export interface AgendaItem {
  text: string
  evidence: Evidence
}
/**
 * This interface was referenced by `MeetingRecord`'s JSON-Schema
 * via the `definition` "actionItem".
 */
export interface ActionItem {
  id: string
  task: string
  /**
   * Who must act; null when the text never says.
   */
  owner: string | null
  /**
   * `group` when the owner is a group as said ("everyone", "the committee", "we"), not one person.
   */
  ownerKind?: 'person' | 'group'
  /**
   * Everyone named as doing it, owner first.
   */
  assignees?: string[]
  /**
   * Due date resolved against the meeting date; null when not said.
   */
  due: IsoDate | null
  /**
   * The words the due date was read from, also when they cannot be resolved to a day.
   */
  dueText?: string | null
  status: 'open' | 'accepted' | 'rejected' | 'done'
  confidence: Confidence
  evidence: Evidence
  /**
   * Set when a person reviewed the item.
   */
  review?: {
    by: string
    at: string
    note?: string
  }
}
/**
 * This interface was referenced by `MeetingRecord`'s JSON-Schema
 * via the `definition` "decision".
 */
export interface Decision {
  id: string
  text: string
  confidence: Confidence
  /**
   * Who accepted the proposal, when it was accepted in a later turn.
   */
  confirmedBy?: string | null
  evidence: Evidence
}
/**
 * An action item or decision below the confidence threshold, for a reviewer to accept or drop.
 *
 * This interface was referenced by `MeetingRecord`'s JSON-Schema
 * via the `definition` "candidate".
 */
export interface Candidate {
  id: string
  kind: 'action' | 'decision'
  text: string
  /**
   * For an action: who must act, when said.
   */
  owner?: string | null
  ownerKind?: 'person' | 'group'
  due?: IsoDate | null
  confidence: Confidence
  evidence: Evidence
}
/**
 * This interface was referenced by `MeetingRecord`'s JSON-Schema
 * via the `definition` "warning".
 */
export interface Warning {
  message: string
  line: number | null
  column: number | null
  ruleId: string
}
