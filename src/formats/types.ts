/**
 * What a format reader hands to the stages after it, besides the tree:
 * speaker labels it already found, the times of a timed source, and what
 * a call platform's export says about the meeting.
 */
import type {Position} from 'unist'
import type {TimeMark} from '../lib/time-marks.js'

export type {TimeMark}

/** The formats a transcript is read as. */
export type FormatName = 'text' | 'vtt' | 'srt' | 'google-meet' | 'otter' | 'pdf-text'

/**
 * A speaker label found by a reader: where a new turn begins. The label
 * text (markup and colon included) is `start..end` in the source and is not
 * part of the turn's text.
 */
export interface LabelCut {
  /** Label without markup and colon; empty for a turn whose speaker is not known. */
  value: string
  /** Bracketed label: the transcriber guessed the name. */
  guessed: boolean
  /** Written in capitals. */
  capitals: boolean
  /** Source offsets of the whole label; equal when the turn has no label (`unidentified`). */
  start: number
  end: number
  /** A turn of an unidentified speaker: no label node is made. */
  unidentified?: boolean
}

/** A person the call platform lists as having attended. */
export interface ListedAttendee {
  name: string
  position: Position
}

/** Meeting details a platform's export states in its heading. */
export interface ListedMeeting {
  title: string | null
  date: string | null
  startTime: string | null
  /** The start time plus the length the export states (`Meeting ended after 01:01:29`). */
  endTime: string | null
  timezone: string | null
  position: Position
}

declare module 'vfile' {
  interface DataMap {
    /** The format the reader took the file for. */
    format: FormatName
    /** Speaker labels the reader found; when set, segmentation takes these instead of looking for labels. */
    labels: LabelCut[]
    /** Times of a timed source, in line order. */
    timeMarks: TimeMark[]
    /** Attendees listed by the call platform (not people heard speaking). */
    listedAttendees: ListedAttendee[]
    /** Title, date, time and zone from a platform's heading. */
    listedMeeting: ListedMeeting
  }
}
