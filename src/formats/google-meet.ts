/**
 * Google Meet transcripts, as Google Docs saves them to Markdown or text:
 *
 * - a heading `<Meeting name> - <YYYY/MM/DD HH:MM ZONE> - Transcript`
 *   (the date part may be missing, with the date on a line of its own
 *   above) gives the title, date, start time and time zone;
 * - `# Attendees` and the line after it list who joined. They are kept as
 *   the platform's attendee list (`file.data.listedAttendees`), not as
 *   speakers; note-taking bots, shared screens and rooms are left out;
 * - `### hh:mm:ss` lines give the time of the turns after them, and
 *   `### Meeting ended after hh:mm:ss` the end; what follows it (a note on
 *   how the transcript was made) is left out;
 * - stray emphasis markers (`**`) around the export are left out.
 *
 * The turns themselves are `Name: text` lines, read as plain text.
 */
import type {Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import type {SourceIndex} from '../lib/source-index.js'
import attendeeLabels from './attendee-labels.json' with {type: 'json'}
import {meetHeading, meetMarker} from './detect.js'
import {readText} from './text.js'
import type {ListedAttendee, TimeMark} from './types.js'

const notPeople = attendeeLabels.notPeople.map((pattern) => new RegExp(pattern, 'iu'))
const ended = /^(?:#{1,6}[ \t]+)?Meeting ended after[ \t]+(\d{1,2}):(\d{2}):(\d{2})/i
/** A section heading: `# Attendees` in Markdown, `Attendees` alone on its line in text or a Word document. */
const sectionHeading = (name: string): RegExp => new RegExp(`^(?:#{1,6}[ \\t]+)?${name}[ \\t]*$`)
const attendeesHeading = sectionHeading('Attendees')
const transcriptHeading = sectionHeading('Transcript')

export function readGoogleMeet(document: string, file: VFile): Root {
  const tree = readText(document, file)
  const source = file.data.sourceIndex!
  const marks: TimeMark[] = []
  const children: RootContent[] = []
  const nodes = tree.children
  let length: number | undefined
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!
    const text = sourceOf(source, node).trim()
    const line = node.position?.start.line ?? 1
    if (/^[*_\s]*$/.test(text)) continue
    const bare = text.replace(/^[*_]+|[*_]+$/g, '').trim()
    const marker = meetMarker.exec(bare)
    if (marker) {
      marks.push({line, start: seconds(marker)})
      continue
    }
    const end = ended.exec(bare)
    if (end) {
      const previous = marks.at(-1)
      if (previous && previous.end === undefined) previous.end = seconds(end)
      marks.push({line, start: seconds(end)})
      length = seconds(end)
      break
    }
    if (transcriptHeading.test(bare)) continue
    if (attendeesHeading.test(bare)) {
      const list = nodes[index + 1]
      if (list && list.type === 'paragraph') {
        file.data.listedAttendees = attendeesIn(source, list)
        index++
      }
      continue
    }
    // The heading: a Markdown heading, or a line of its own in text or a Word document.
    const heading = !file.data.listedMeeting && !bare.includes('\n') ? meetHeading.exec(bare) : null
    if (heading?.groups) {
      const {title, date, time, zone} = heading.groups
      file.data.listedMeeting = {
        title: title?.trim() || null,
        date: date ? date.replace(/\//g, '-') : null,
        startTime: time ? time.padStart(5, '0') : null,
        endTime: null,
        timezone: zone ?? null,
        position: node.position!
      }
      continue
    }
    children.push(node)
  }
  tree.children = children
  const listed = file.data.listedMeeting
  if (listed?.startTime && length !== undefined) listed.endTime = laterBy(listed.startTime, length)
  // The transcript starts with the recording: turns before the first marker are from 00:00:00 on.
  if (marks.length > 0 && marks[0]!.start > 0) marks.unshift({line: 1, start: 0})
  file.data.timeMarks = marks
  return tree
}

/** `hh:mm` plus a number of seconds, on a 24-hour clock. */
function laterBy(time: string, seconds: number): string {
  const [hours, minutes] = time.split(':').map(Number)
  const total = (hours! * 60 + minutes! + Math.round(seconds / 60)) % (24 * 60)
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
}

function seconds(match: RegExpExecArray): number {
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3])
}

function sourceOf(source: SourceIndex, node: RootContent): string {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? '' : source.text.slice(start, end)
}

/** The names of the attendee line, each with its place; entries that are not people are left out. */
function attendeesIn(source: SourceIndex, paragraph: RootContent): ListedAttendee[] {
  const start = paragraph.position!.start.offset!
  const text = sourceOf(source, paragraph)
  const attendees: ListedAttendee[] = []
  for (const match of text.matchAll(/[^,\n]+/g)) {
    const raw = match[0]
    const name = raw.replace(/[*_]/g, '').trim()
    if (!/\p{L}/u.test(name) || notPeople.some((pattern) => pattern.test(name))) continue
    const at = start + match.index + (raw.length - raw.trimStart().length)
    attendees.push({name, position: source.position(at, at + raw.trim().length)})
  }
  return attendees
}
