/**
 * The minutes of a meeting as an mdast tree, built from its record (so that
 * a reviewed record renders the same way). Every renderer compiles this one
 * tree; none works from the record with templates.
 *
 * In order: title; date, time and time zone; group and place; attendance;
 * agenda; decisions (numbered); action items (a table); speakers; source.
 * Each decision and action item carries a footnote with its evidence: the
 * verbatim quote, its lines and who said it. Headings and fixed words come
 * from the meeting language's lexicon, dates are formatted for it.
 */
import type {
  FootnoteDefinition,
  FootnoteReference,
  List,
  ListItem,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow
} from 'mdast'
import {lexiconData} from '../lexicon/index.js'
import {clockOf} from '../lib/time-marks.js'
import type {Attendee, Evidence, MeetingRecord} from '../record.js'

/** Fixed words of the minutes in one language, with `{name}` slots filled. */
export function wordsFor(language: string): (key: string, values?: Record<string, string | number>) => string {
  const own = lexiconData(language).minutes
  const english = lexiconData('en').minutes
  return (key, values = {}) => {
    const template = own[key] ?? english[key] ?? key
    return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''))
  }
}

const text = (value: string): PhrasingContent => ({type: 'text', value})
const strong = (value: string): PhrasingContent => ({type: 'strong', children: [text(value)]})
const paragraph = (children: PhrasingContent[]): RootContent => ({type: 'paragraph', children})
const heading = (depth: 1 | 2 | 3, value: string): RootContent => ({type: 'heading', depth, children: [text(value)]})
const cell = (children: PhrasingContent[]): TableCell => ({type: 'tableCell', children})
const row = (cells: PhrasingContent[][]): TableRow => ({type: 'tableRow', children: cells.map((content) => cell(content))})

/** Format a `YYYY-MM-DD` date for a language: "jeudi 30 novembre 2017". */
export function formatDate(date: string, language: string): string {
  const [year, month, day] = date.split('-').map(Number)
  try {
    return new Intl.DateTimeFormat(language, {dateStyle: 'full', timeZone: 'UTC'}).format(new Date(Date.UTC(year!, month! - 1, day!, 12)))
  } catch {
    return date
  }
}

/** Line reference of evidence: "lines 71–72" or "line 71", with the time when the source is timed ("line 42, 00:12:05"). */
export function lineReference(evidence: Evidence, say: ReturnType<typeof wordsFor>): string {
  const lines =
    evidence.startLine === evidence.endLine
      ? say('line', {start: evidence.startLine})
      : say('lines', {start: evidence.startLine, end: evidence.endLine})
  return evidence.startSeconds === undefined ? lines : `${lines}, ${clockOf(evidence.startSeconds)}`
}

export function buildMinutesTree(record: MeetingRecord): Root {
  const language = record.language
  const say = wordsFor(language)
  const languageName = (code: string): string => lexiconData(language).languageNames[code] ?? code
  const children: RootContent[] = []
  const footnotes: FootnoteDefinition[] = []
  /** A field label, with the colon as the language writes it ("Date :" in French). */
  const label = (name: string): PhrasingContent => strong(`${name}${say('labelEnd')}`)

  const cite = (id: string, evidence: Evidence, confirmedBy?: string | null): FootnoteReference => {
    const identifier = id.toLowerCase()
    const details: PhrasingContent[] = [text(` — ${lineReference(evidence, say)}`)]
    if (evidence.speaker) details.push(text(`, ${say('said', {speaker: evidence.speaker})}`))
    if (confirmedBy) details.push(text(`, ${say('confirmedBy', {speaker: confirmedBy})}`))
    footnotes.push({
      type: 'footnoteDefinition',
      identifier,
      label: identifier,
      children: [{type: 'paragraph', children: [{type: 'emphasis', children: [text(`“${evidence.quote}”`)]}, ...details]}]
    })
    return {type: 'footnoteReference', identifier, label: identifier}
  }

  // Title and when.
  const meeting = record.meeting
  const title = meeting.title ?? (meeting.group ? say('meetingOf', {group: meeting.group}) : record.kind === 'document' ? say('outcomeDocument') : say('minutes'))
  children.push(heading(1, title))
  const when: PhrasingContent[] = []
  if (meeting.date) when.push(label(say('date')), text(` ${formatDate(meeting.date, language)}`))
  if (meeting.startTime) {
    if (when.length > 0) when.push(text(' · '))
    const time = meeting.endTime ? `${meeting.startTime}–${meeting.endTime}` : meeting.startTime
    when.push(label(say('time')), text(` ${time}${meeting.timezone ? ` ${meeting.timezone}` : ''}`))
  } else if (meeting.timezone) {
    if (when.length > 0) when.push(text(' · '))
    when.push(label(say('timezone')), text(` ${meeting.timezone}`))
  }
  if (when.length > 0) children.push(paragraph(when))
  const where: PhrasingContent[] = []
  if (meeting.group && meeting.group !== meeting.title) where.push(label(say('group')), text(` ${meeting.group}`))
  if (meeting.location) {
    if (where.length > 0) where.push(text(' · '))
    where.push(label(say('location')), text(` ${meeting.location}`))
  }
  if (where.length > 0) children.push(paragraph(where))

  // Attendance.
  const attendance = record.attendance
  const groups: Array<[string, Attendee[]]> = [
    [say('present'), attendance.present],
    [say('apologies'), attendance.apologies],
    [say('staff'), attendance.staff],
    [say('interpreters'), attendance.interpreters],
    [say('absent'), attendance.absent]
  ]
  if (groups.some(([, people]) => people.length > 0)) {
    children.push(heading(2, say('attendance')))
    const list: List = {type: 'list', ordered: false, spread: false, children: []}
    for (const [name, people] of groups) {
      if (people.length === 0) continue
      const described = people.map((person) => {
        const notes: string[] = []
        if (person.channel) notes.push(say('channel', {language: languageName(person.channel)}))
        if (person.joinedLate) notes.push(say('joinedLate'))
        return notes.length > 0 ? `${person.name} (${notes.join(', ')})` : person.name
      })
      list.children.push(listItem([label(name), text(` ${described.join(', ')}`)]))
    }
    children.push(list)
  }

  // Agenda.
  if (record.agenda.length > 0) {
    children.push(heading(2, say('agenda')))
    children.push({type: 'list', ordered: true, spread: false, children: record.agenda.map((item) => listItem([text(item.text)]))})
  }

  // Decisions.
  children.push(heading(2, say('decisions')))
  if (record.decisions.length === 0) children.push(paragraph([text(say('none'))]))
  else {
    children.push({
      type: 'list',
      ordered: true,
      spread: false,
      children: record.decisions.map((decision) => listItem([text(decision.text), cite(decision.id, decision.evidence, decision.confirmedBy)]))
    })
  }

  // Action items.
  children.push(heading(2, say('actionItems')))
  if (record.actionItems.length === 0) children.push(paragraph([text(say('none'))]))
  else {
    const table: Table = {
      type: 'table',
      align: ['left', 'left', 'left', 'left', 'left'],
      children: [
        row([[text(say('owner'))], [text(say('task'))], [text(say('due'))], [text(say('status'))], [text(say('source'))]]),
        ...record.actionItems.map((item) =>
          row([
            [text(item.owner ?? say('notSaid'))],
            [text(item.task), cite(item.id, item.evidence)],
            [text(item.due ? formatDate(item.due, language) : item.dueText ?? say('notSaid'))],
            [text(say(`status.${item.status}`))],
            [text(lineReference(item.evidence, say))]
          ])
        )
      ]
    }
    children.push(table)
  }

  // Speakers.
  if (record.speakers.length > 0) {
    children.push(heading(2, say('speakers')))
    const unidentified = record.segments.filter((segment) => segment.speaker === null).length
    const table: Table = {
      type: 'table',
      align: ['left', 'right', 'right'],
      children: [
        row([[text(say('speaker'))], [text(say('turns'))], [text(say('words'))]]),
        ...record.speakers.map((speaker) => row([[text(speaker.uncertain ? `${speaker.name} (?)` : speaker.name)], [text(String(speaker.turns))], [text(String(speaker.words))]])),
        ...(unidentified > 0 ? [row([[text(say('unidentified'))], [text(String(unidentified))], [text('')]])] : [])
      ]
    }
    children.push(table)
  }

  // Source.
  children.push(heading(2, say('source')))
  const fileName = record.source.path.split(/[\\/]/).at(-1) ?? record.source.path
  children.push({
    type: 'list',
    ordered: false,
    spread: false,
    children: [
      listItem([label(say('file')), text(' '), {type: 'inlineCode', value: fileName}]),
      listItem([label(say('sha256')), text(' '), {type: 'inlineCode', value: record.source.sha256}]),
      listItem([label(say('language')), text(` ${languageName(record.language)}`)])
    ]
  })

  return {type: 'root', children: [...children, ...footnotes]}
}

function listItem(children: PhrasingContent[]): ListItem {
  return {type: 'listItem', spread: false, children: [{type: 'paragraph', children}]}
}
