/**
 * One meeting: what it was, who attended, its decisions and action items
 * with their review forms, and the transcript beside them. Evidence lines
 * are highlighted and linked both ways: each item links to its first line,
 * each highlighted line links to the items it is evidence of.
 */
import type {Element, ElementContent, Root} from 'hast'
import type {Item, MeetingDetail, OpenCandidate} from '../../archive/types.js'
import type {Attendee} from '../../record.js'
import {type Child, changeForm, field, formatDay, layout, type PageContext, h} from './layout.js'
import {evidenceQuote, itemCard, itemLabels, linesLink, ownerAndDue} from './items.js'

/** Download formats offered, in order, with their label keys. */
export const downloadFormats = [
  ['md', 'formatMd'],
  ['confluence', 'formatConfluence'],
  ['mediawiki', 'formatMediawiki'],
  ['json', 'formatJson']
] as const

export function meetingTitle(context: PageContext, meeting: {title: string | null; group: string | null}): string {
  return meeting.title ?? meeting.group ?? context.say('untitled')
}

/** Everyone the meeting knows of, for the owner field's suggestions. */
export function participants(meeting: MeetingDetail): string[] {
  const {attendance, speakers} = meeting.record
  const names = [...attendance.present, ...attendance.apologies, ...attendance.staff].map((person) => person.name)
  for (const speaker of speakers) names.push(speaker.name)
  for (const item of meeting.items) if (item.owner) names.push(item.owner)
  return [...new Set(names)].sort((a, b) => a.localeCompare(b))
}

export function meetingPage(context: PageContext, meeting: MeetingDetail, sourceText: string | null, reviewer: string): Root {
  const {say} = context
  const record = meeting.record
  const labels = itemLabels(meeting.items)
  const decisions = meeting.items.filter((item) => item.type === 'decision')
  const actions = meeting.items.filter((item) => item.type === 'action')
  const people = participants(meeting)

  const facts: Child[] = []
  const fact = (label: string, value: Child) => facts.push(h('dt', label), h('dd', value))
  if (record.meeting.group) fact(say('group'), record.meeting.group)
  if (record.meeting.date) fact(say('date'), h('time', {dateTime: record.meeting.date}, formatDay(record.meeting.date, context.language)))
  const time = [record.meeting.startTime, record.meeting.endTime].filter(Boolean).join('–')
  if (time) fact(say('time'), [time, record.meeting.timezone ? ` (${record.meeting.timezone})` : ''].join(''))
  if (record.meeting.location) fact(say('location'), record.meeting.location)
  fact(say('language'), record.language)
  fact(say('source'), [h('code', meeting.sourcePath), ' · ', say('revision', {revision: meeting.revision, revisions: meeting.revisions})])

  const itemSection = (id: string, title: string, items: Item[]): Element =>
    h(`section.items#${id}`, {ariaLabelledby: `${id}-heading`}, [
      h('h2', {id: `${id}-heading`}, `${title} (${items.length})`),
      items.length === 0 ? h('p.none', say('noItems')) : items.map((item) => itemCard(context, item, labels.get(item.id)!, {participantsList: 'participants'}))
    ])

  return layout(context, meetingTitle(context, record.meeting), [
    h('div.meeting', [
      h('div.review', [
        h('section.metadata', {ariaLabelledby: 'metadata-heading'}, [
          h('h2#metadata-heading', say('metadata')),
          h('dl.facts', facts),
          changeForm(
            context,
            '/reviewer',
            [
              h('input', {type: 'hidden', name: 'back', value: String(meeting.id)}),
              field('reviewer', say('yourName'), h('input', {type: 'text', name: 'name', value: reviewer, maxLength: 80, autocomplete: 'name'})),
              h('button', {type: 'submit'}, say('save'))
            ],
            {class: 'reviewer'}
          ),
          h('p.downloads', [
            h('span', `${say('download')}: `),
            downloadFormats.map(([format, key], index) => [index > 0 ? ' · ' : null, h('a', {href: `/meetings/${meeting.id}/minutes/${format}`, download: ''}, say(key))])
          ])
        ]),
        attendanceSection(context, record.attendance),
        itemSection('decisions', say('decisions'), decisions),
        itemSection('actions', say('actionItems'), actions),
        candidatesSection(context, meeting),
        addForm(context, meeting),
        h(
          'datalist#participants',
          people.map((name) => h('option', {value: name}))
        )
      ]),
      transcriptSection(context, meeting, sourceText, labels)
    ])
  ])
}

function attendanceSection(context: PageContext, attendance: MeetingDetail['record']['attendance']): Element {
  const {say} = context
  const group = (title: string, people: Attendee[]) =>
    people.length === 0 ? null : [h('h3', `${title} (${people.length})`), h('ul.people', people.map((person) => h('li', [person.name, person.channel ? ` (${person.channel})` : null])))]
  const groups = [
    group(say('present'), attendance.present),
    group(say('apologies'), attendance.apologies),
    group(say('staff'), attendance.staff),
    group(say('interpreters'), attendance.interpreters),
    group(say('absent'), attendance.absent)
  ].filter((entry) => entry !== null)
  return h('section.attendance', {ariaLabelledby: 'attendance-heading'}, [h('h2#attendance-heading', say('attendance')), groups.length === 0 ? h('p.none', say('nobody')) : groups])
}

/** What the extraction found below its threshold, each with its evidence and a button that accepts it as an item. */
function candidatesSection(context: PageContext, meeting: MeetingDetail): Element {
  const {say} = context
  return h('section.candidates#candidates', {ariaLabelledby: 'candidates-heading'}, [
    h('h2#candidates-heading', `${say('candidates')} (${meeting.candidates.length})`),
    meeting.candidates.length === 0
      ? h('p.none', say('noCandidates'))
      : [h('p.help', say('candidatesHelp')), meeting.candidates.map((entry) => candidateCard(context, meeting.id, entry))]
  ])
}

function candidateCard(context: PageContext, meetingId: number, entry: OpenCandidate): Element {
  const {say} = context
  const {candidate, source} = entry
  const prefix = `candidate-${candidate.id}`
  return h(
    `article.item.candidate.item-${candidate.kind}`,
    {id: prefix, dataLines: `${source.startLine}-${source.endLine}`, ariaLabelledby: `${prefix}-title`},
    [
      h('header', [
        h('h3', {id: `${prefix}-title`}, [h('span.label', candidate.id), ' ', candidate.text]),
        h('p.meta', [
          h('span.badge.kind', candidate.kind === 'action' ? say('typeAction') : say('typeDecision')),
          linesLink(context, source),
          h('span.confidence', say('confidence', {value: candidate.confidence.toFixed(2)}))
        ])
      ]),
      candidate.kind === 'action' ? ownerAndDue(context, candidate.owner, candidate.due) : null,
      evidenceQuote(candidate.evidence, source.startLine),
      h('div.actions', [
        changeForm(
          context,
          `/meetings/${meetingId}/candidates`,
          [
            h('input', {type: 'hidden', name: 'candidate', value: candidate.id}),
            h('input', {type: 'hidden', name: 'revision', value: String(entry.revision)}),
            h('button', {type: 'submit', ariaDescribedby: `${prefix}-title`}, say('accept'))
          ],
          {class: 'inline'}
        )
      ])
    ]
  )
}

function addForm(context: PageContext, meeting: MeetingDetail): Element {
  const {say} = context
  return h('section.add#add', {ariaLabelledby: 'add-heading'}, [
    h('h2#add-heading', say('addMissed')),
    h('p.help', say('addMissedHelp')),
    changeForm(context, `/meetings/${meeting.id}/items`, [
      field('add-type', say('type'), h('select', {name: 'type'}, [h('option', {value: 'action'}, say('typeAction')), h('option', {value: 'decision'}, say('typeDecision'))])),
      field('add-text', `${say('task')} / ${say('text')}`, h('textarea', {name: 'text', rows: 2, maxLength: 2000, required: true})),
      field('add-owner', say('owner'), h('input', {type: 'text', name: 'owner', list: 'participants', maxLength: 200, autocomplete: 'off'})),
      field('add-due', say('due'), h('input', {type: 'date', name: 'due'})),
      h('div.line-range', [
        field('add-start', say('firstLine'), h('input', {type: 'number', name: 'start', min: 1, max: meeting.record.source.lines, inputMode: 'numeric'})),
        field('add-end', say('lastLine'), h('input', {type: 'number', name: 'end', min: 1, max: meeting.record.source.lines, inputMode: 'numeric'}))
      ]),
      h('p.selected-quote#add-quote', {ariaLive: 'polite'}),
      h('button', {type: 'submit'}, say('add'))
    ])
  ])
}

/** Which items cite each line, in line order. */
function evidenceByLine(items: Item[]): Map<number, Item[]> {
  const byLine = new Map<number, Item[]>()
  for (const item of items) {
    for (let line = item.source.startLine; line <= item.source.endLine; line++) {
      const list = byLine.get(line)
      if (list) list.push(item)
      else byLine.set(line, [item])
    }
  }
  return byLine
}

function transcriptSection(context: PageContext, meeting: MeetingDetail, sourceText: string | null, labels: Map<number, string>): Element {
  const {say} = context
  const byLine = evidenceByLine(meeting.items)
  const references = (line: number): Element | null => {
    const items = byLine.get(line)
    if (!items) return null
    // Link from the first line of each item's evidence only; the rest is shaded.
    const starting = items.filter((item) => item.source.startLine === line)
    if (starting.length === 0) return null
    return h(
      'span.refs',
      starting.map((item) => h(`a.ref.ref-${item.type}`, {href: `#item-${item.id}`, title: `${say('evidenceOf')} ${labels.get(item.id)}`}, labels.get(item.id)!))
    )
  }
  const evidenceClass = (line: number): string[] | undefined => {
    const items = byLine.get(line)
    return items ? ['evidence', ...new Set(items.map((item) => `evidence-${item.type}`))] : undefined
  }
  // Thousands of lines: elements made directly (hastscript would parse a
  // selector for each), with as few attributes as will do. The stylesheet
  // numbers source lines with a counter; segments carry their lines.
  const line = (number: number, end: number | null, content: ElementContent[]): Element => {
    const className = evidenceClass(number)
    const refs = references(number)
    return {
      type: 'element',
      tagName: 'div',
      properties: {id: `L${number}`, ...(end === null ? {} : {dataLine: number, dataEnd: end}), ...(className ? {className} : {})},
      children: refs ? [...content, refs] : content
    }
  }

  let body: Child
  if (sourceText !== null) {
    const lines = sourceText.split(/\r\n|\r|\n/)
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
    body = h(
      'div.lines',
      lines.map((text, index) => line(index + 1, null, text ? [{type: 'text', value: text}] : []))
    )
  } else {
    body = [
      h('p.help', say('transcriptNotKept')),
      h(
        'div.lines.segments',
        meeting.record.segments.map((segment) =>
          line(segment.startLine, segment.endLine, [...(segment.speaker ? [h('strong', `${segment.speaker}: `)] : []), {type: 'text', value: segment.text}])
        )
      )
    ]
  }
  return h('section.transcript', {ariaLabelledby: 'transcript-heading'}, [h('h2#transcript-heading', say('transcript')), body])
}
