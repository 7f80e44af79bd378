/**
 * attendance: who was present (and on which language channel), who sent
 * apologies, who was staff, who interpreted, who joined late, from the roll
 * call and the welcomes ("We have Alberto Soto and Sergio Salinas Porto on
 * the Spanish line", "We have apologies from …", "our interpreters will be
 * Paula and David", "I would like to welcome X who has joined"). Everyone
 * heard speaking was present, unless they are staff or interpreters.
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {allCues, cleanName, cuesFor, keyGroupsAt, keyMarks, mayMatchMarked, splitNames} from '../lexicon/cues.js'
import {matches} from '../lib/extraction.js'
import type {Attendance, Attendee, Evidence} from '../record.js'
import {nameKey} from '../lib/names.js'

type Category = 'present' | 'apologies' | 'staff' | 'interpreters' | 'absent'

interface Entry {
  category: Category
  attendee: Attendee
  order: number
}

/** Which category a later mention may replace. */
const rank: Record<Category, number> = {absent: 0, apologies: 1, present: 2, interpreters: 3, staff: 3}

export interface AttendanceOptions {
  /** Turns at the start always read for the roll call (default `10`). */
  readonly openingUnits?: number
  /** Share of the turns, from the start, read for the roll call when that is more (default `0.15`). */
  readonly openingShare?: number
}

export default function extractAttendance(options: AttendanceOptions = {}) {
  const openingUnits = options.openingUnits ?? 10
  const openingShare = options.openingShare ?? 0.15
  return (_tree: Root, file: VFile): void => {
    const people = file.data.people!
    const entries = new Map<string, Entry>()
    let order = 0

    const record = (mention: string, category: Category, source: Attendee['source'], evidence: Evidence | undefined, extra: Partial<Attendee> = {}): void => {
      const found = people.find(mention)
      // "Our interpreters are Paula and Marina" after "…we have Maria Lopez": a first name spelled like one
      // already listed in another role is someone else, not a misspelling of her.
      const other = found && entries.has(found.name) && entries.get(found.name)!.category !== category && !sharesAToken(mention, found.name)
      const person = !found ? people.add(mention) : other ? people.addApart(mention) : found
      const existing = entries.get(person.name)
      const joined = source === 'joined'
      if (existing) {
        const replaces = rank[category] > rank[existing.category] || (joined && existing.category !== 'staff' && existing.category !== 'interpreters')
        if (replaces) {
          existing.category = category
          existing.attendee = {...existing.attendee, ...extra, source, ...(evidence ? {evidence} : {})}
        } else if (extra.channel && !existing.attendee.channel) existing.attendee.channel = extra.channel
        if (joined && existing.category === 'present') existing.attendee.joinedLate = true
        return
      }
      const attendee: Attendee = {name: person.name, source, ...extra}
      if (evidence) attendee.evidence = evidence
      entries.set(person.name, {category, attendee, order: order++})
    }

    const units = file.data.units ?? []
    // The roll call opens the meeting; welcomes and absences come at any time.
    const rollCall = Math.max(openingUnits, Math.ceil(units.length * openingShare))
    for (const [index, unit] of units.entries()) {
      const cues = cuesFor(unit.language)
      const opening = index < rollCall
      const text = unit.text.text
      const evidenceOf = (match: RegExpMatchArray): Evidence | undefined =>
        unit.text.evidence(match.index!, match.index! + match[0].length, unit.speaker)
      const namesIn = (match: RegExpMatchArray, introduced: boolean): string[] => {
        const groups = match.groups ?? {}
        if (groups['names']) return splitNames(groups['names'], cues, unit.speaker)
        // "I'm sitting in Malta", "I'm in a place called…": who introduces themself says their name first.
        if (introduced && !/^\p{Lu}/u.test(groups['name'] ?? '')) return []
        const name = cleanName(groups['name'], cues)
        // "I'm not sure if Natalie is on the call": a name inside a condition or a question is no one there.
        if (name && matches(cues.conditional, groups['name']!.slice(0, groups['name']!.lastIndexOf(name)))) return []
        return name ? [name] : []
      }
      const scan = (key: keyof typeof cues.attendance, category: Category, source: Attendee['source'], extra: (match: RegExpMatchArray) => Partial<Attendee> = () => ({})): void => {
        const patterns = cues.attendance[key]
        const groups = keyGroupsAt(patterns)
        let marks = keyMarks(text)
        for (let at = 0; at < patterns.length; at++) {
          if (!mayMatchMarked(groups, at, marks, patterns[at]!, text)) continue
          let found = false
          for (const match of text.matchAll(patterns[at]!)) {
            found = true
            for (const name of namesIn(match, key === 'selfIntroduction')) record(name, category, source, evidenceOf(match), extra(match))
          }
          // Reading the names asked about other texts: the marks are this text's again.
          if (found) marks = keyMarks(text)
        }
      }

      if (opening) {
        scan('presentOnChannel', 'present', 'roll-call', (match) => {
          const channel = cues.data.channels[(match.groups?.['channel'] ?? '').toLowerCase()]
          return channel ? {channel} : {}
        })
        scan('present', 'present', 'roll-call')
        scan('selfIntroduction', 'present', 'roll-call')
        scan('apologies', 'apologies', 'roll-call')
        scan('staff', 'staff', 'roll-call')
        scan('staffCompanions', 'staff', 'roll-call')
        scan('interpreters', 'interpreters', 'roll-call')
      }
      scan('absent', 'absent', 'mentioned')
      scan('joined', 'present', 'joined', () => ({joinedLate: true}))
      if (opening && unit.speaker) {
        for (const pattern of cues.attendance.staffSelf) {
          const match = [...text.matchAll(pattern)][0]
          if (match) record(unit.speaker, 'staff', 'roll-call', evidenceOf(match))
        }
      }
    }

    // Whoever the call platform lists as attending was there (`attendee-list`).
    const source = file.data.sourceIndex
    for (const listed of file.data.listedAttendees ?? []) {
      const line = listed.position.start.line
      const quote = source ? source.text.slice(listed.position.start.offset!, listed.position.end.offset!) : listed.name
      record(listed.name, 'present', 'attendee-list', {quote, startLine: line, endLine: line, speaker: null})
    }

    // Whoever spoke was there.
    for (const unit of units) {
      if (unit.speaker && !entries.has(unit.speaker)) {
        const evidence = unit.text.evidence(0, Math.min(unit.text.text.length, 80), unit.speaker)
        record(unit.speaker, 'present', 'spoke', evidence)
      }
    }

    const attendance: Attendance = {present: [], apologies: [], staff: [], interpreters: [], absent: []}
    for (const entry of [...entries.values()].sort((a, b) => a.order - b.order)) {
      // "Female", "Interpreter", "Voz femenina", a note-taking bot: no one to list.
      if (isNoPerson(entry.attendee.name)) continue
      attendance[entry.category].push(entry.attendee)
    }
    file.data.attendance = attendance
  }
}

/**
 * Whether a label or name is no person: a generic label of any lexicon
 * (`Male`, `Interlocuteur`, `Unidentified participant`, `Speaker 2`) or a
 * note-taking bot (`Read.ai`, `Otter.ai`, `Fireflies`).
 */
export function isNoPerson(name: string): boolean {
  const key = name
    .toLowerCase()
    .replace(/[\s\d#()[\]:.,-]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim()
  if (key.length === 0) return true
  for (const cues of allCues()) {
    if (cues.notPeople.has(key) || cues.notPeople.has(name.toLowerCase().trim())) return true
    if (cues.unidentifiedLabel.test(key)) return true
  }
  // "Tim's Otter.ai notetaker", "Fireflies.ai Notetaker": a bot whatever its owner.
  return /\b(?:notetaker|note-taker|note taker|bot)\b|\.ai\b/iu.test(name)
}

/** Whether a mention has a word spelled exactly as one of a name's. */
function sharesAToken(mention: string, name: string): boolean {
  const words = new Set(nameKey(name).split(' '))
  return nameKey(mention)
    .split(' ')
    .some((word) => words.has(word))
}
