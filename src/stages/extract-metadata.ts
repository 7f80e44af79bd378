/**
 * metadata: title, group, date, start and end time, time zone and place of
 * the meeting, read from the header block or the opening lines ("Welcome to
 * this call of the LACRALO Governance Working Group on Thursday, November
 * 30, 2017 at 23:00 hours UTC"). A field never stated stays null; a date
 * without a year is not completed with a guessed one.
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {cuesFor, type Cues} from '../lexicon/cues.js'
import {MappedText} from '../lib/mapped-text.js'
import {clockTime, findDates, isStatedDate, isoDate} from '../lib/dates.js'
import type {Evidence, Meeting} from '../record.js'

export interface MetadataOptions {
  /** Opening units read for metadata (default `4`). */
  readonly openingUnits?: number
}

/** A passage metadata may be read from. */
interface Passage {
  text: MappedText
  start: number
  end: number
  speaker: string | null
}

/** Words that may join the capitalised words of a group name. */
const connectors = new Set(['of', 'and', 'for', 'the', 'de', 'del', 'la', 'las', 'los', 'y', 'et', 'du', 'des', 'e', 'do', 'da', 'dos', 'das', '&'])

export default function extractMetadata(options: MetadataOptions = {}) {
  const openingUnits = options.openingUnits ?? 4
  if (!Number.isInteger(openingUnits) || openingUnits < 1) throw new TypeError(`Expected \`openingUnits\` to be a positive integer, not \`${openingUnits}\``)

  return (_tree: Root, file: VFile): void => {
    const language = file.data.language ?? 'en'
    const cues = cuesFor(language)
    const source = file.data.sourceIndex!
    const meeting: Meeting = {title: null, group: null, date: null, startTime: null, endTime: null, timezone: null, location: null}
    const evidence: Record<string, Evidence> = {}
    const units = file.data.units ?? []
    const isDocument = file.data.kind === 'document'

    // Header lines, one passage each.
    const headerLines: Passage[] = []
    for (const block of file.data.header ?? []) {
      const text = new MappedText(source)
      text.appendNode(block)
      text.finish()
      let offset = 0
      for (const line of text.text.split('\n')) {
        if (line.trim().length > 0) headerLines.push({text, start: offset, end: offset + line.length, speaker: null})
        offset += line.length + 1
      }
    }
    const opening: Passage[] = []
    for (const unit of units.slice(0, isDocument ? openingUnits * 2 : openingUnits)) {
      for (const sentence of unit.sentences.slice(0, 8)) opening.push({text: unit.text, start: sentence.start, end: sentence.end, speaker: unit.speaker})
    }
    const passages = [...headerLines, ...opening]
    const textOf = (passage: Passage): string => passage.text.text.slice(passage.start, passage.end)
    const note = (field: string, passage: Passage, start = passage.start, end = passage.end): void => {
      const found = passage.text.evidence(start, end, passage.speaker)
      if (found) evidence[field] = found
    }

    // Title: the first header line, or a document's opening heading.
    const titlePassage = headerLines[0] ?? (isDocument && units[0] && isTitleLike(units[0].text.text) ? {text: units[0].text, start: 0, end: units[0].text.text.length, speaker: null} : undefined)
    if (titlePassage) {
      meeting.title = textOf(titlePassage).replace(/[\s.:;,]+$/, '')
      note('title', titlePassage)
    }
    // A call platform's heading states title, date, time and zone outright.
    const listed = file.data.listedMeeting
    const listedEvidence = (): Evidence => {
      const line = listed!.position.start.line
      return {quote: source.line(line).replace(/^[#*\s]+|[*\s]+$/g, ''), startLine: line, endLine: line, speaker: null}
    }
    if (listed?.title) {
      meeting.title = listed.title
      evidence['title'] = listedEvidence()
    }

    // Date and times.
    for (const passage of passages) {
      const text = textOf(passage)
      // A stated date has a year: chrono need not read passages without one.
      if (!/\d{4}/.test(text)) continue
      const results = findDates(text, language)
      const dated = results.find((result) => isStatedDate(result))
      if (!dated) continue
      meeting.date = isoDate(dated.start)
      meeting.startTime = clockTime(dated.start)
      if (dated.end) meeting.endTime = clockTime(dated.end)
      const after = results.slice(results.indexOf(dated) + 1).find((result) => !result.start.isCertain('day') && result.start.isCertain('hour'))
      // "…12 June 2025, and it is 14:00 UTC": a time said a few words after the date is the meeting's.
      if (!meeting.startTime && after && after.index - (dated.index + dated.text.length) < 24) {
        meeting.startTime = clockTime(after.start)
        if (after.end) meeting.endTime = clockTime(after.end)
      }
      const zone = cues.metadata.timezone.exec(text.slice(dated.index))
      if (zone) meeting.timezone = zone[0].replace(/\s+/g, '')
      note('date', passage)
      break
    }

    if (listed?.date) {
      meeting.date = listed.date
      meeting.startTime = listed.startTime
      meeting.endTime = listed.endTime
      meeting.timezone = listed.timezone
      evidence['date'] = listedEvidence()
    }

    // Group.
    for (const passage of opening) {
      const group = findGroup(textOf(passage), cues, isDocument ? cues.metadata.documentGroup : cues.metadata.group)
      if (group) {
        meeting.group = group
        note('group', passage)
        break
      }
    }
    if (!meeting.group && meeting.title) {
      const group = groupInTitle(meeting.title, cues)
      if (group) {
        meeting.group = group
        if (titlePassage) note('group', titlePassage)
      }
    }
    if (!meeting.group && isDocument) meeting.group = frequentAcronym(units.map((unit) => unit.text.text).join('\n'))

    // Place.
    for (const passage of opening) {
      const text = textOf(passage)
      for (const pattern of cues.metadata.location) {
        const place = capitalisedPhrase(pattern.exec(text)?.groups?.['place'])
        if (place) {
          meeting.location = place
          note('location', passage)
          break
        }
      }
      if (meeting.location) break
    }
    if (!meeting.location) {
      for (const passage of headerLines.slice(1)) {
        const text = textOf(passage)
        if (/\d/.test(text) || text.split(/\s+/).length > 8) continue
        const place = text.split(/\s+[–—-]\s+/).at(-1)!.trim()
        if (/^\p{Lu}/u.test(place)) {
          meeting.location = place
          note('location', passage)
          break
        }
      }
    }

    if (Object.keys(evidence).length > 0) meeting.evidence = evidence
    file.data.meeting = meeting
  }
}

function isTitleLike(text: string): boolean {
  return text.length <= 120 && text.split(/\s+/).length <= 12 && !/[.!?]$/.test(text.trim())
}

/** The capitalised words at the start of a capture (`LACRALO Governance Working Group`). */
function capitalisedPhrase(capture: string | undefined): string | undefined {
  if (!capture) return undefined
  const words: string[] = []
  for (const word of capture.trim().split(/\s+/)) {
    if (/^[\p{Lu}\p{N}]/u.test(word) || (words.length > 0 && connectors.has(word.toLowerCase()) && word === word.toLowerCase())) words.push(word)
    else break
  }
  while (words.length > 0 && connectors.has(words.at(-1)!.toLowerCase())) words.pop()
  const phrase = words.join(' ').replace(/[,;]$/, '')
  return phrase.length > 1 ? phrase : undefined
}

function findGroup(text: string, cues: Cues, patterns: RegExp[]): string | undefined {
  for (const pattern of patterns) {
    const capture = pattern.exec(text)?.groups?.['group']
    const phrase = capitalisedPhrase(capture)
    if (!phrase) continue
    const named = sentenceCase(cues, capture!, phrase)
    if (named) return named
    if (patterns === cues.metadata.documentGroup || namesAGroup(cues, phrase)) return phrase
  }
  return undefined
}

/** Whether a phrase names a group: its noun ends it ("Governance Working Group") or, outside English, opens it ("Grupo de Trabajo de Gobernanza"). */
function namesAGroup(cues: Cues, phrase: string): boolean {
  if (cues.metadata.groupNoun.test(phrase)) return true
  const lower = phrase.toLowerCase()
  return cues.data.language !== 'en' && cues.data.metadata.groupNouns.some((noun) => lower.startsWith(`${noun.toLowerCase()} `))
}

/**
 * A name written in sentence case, as French, Spanish and Portuguese often
 * write them ("Groupe de travail sur la gouvernance"; English does not): when the capitalised
 * words are no more than a group noun, the lower-case words after it, up to
 * a date, a number or the end of the phrase.
 */
function sentenceCase(cues: Cues, capture: string, phrase: string): string | undefined {
  if (cues.data.language === 'en') return undefined
  const noun = cues.data.metadata.groupNouns.find((each) => each.toLowerCase() === phrase.toLowerCase())
  if (!noun) return undefined
  const words = capture.trim().split(/\s+/)
  const taken = phrase.split(/\s+/).length
  const dates = new Set(cues.data.dateWords.words)
  const more: string[] = []
  for (const word of words.slice(taken, taken + 6)) {
    const bare = word.toLowerCase().replace(/[,;]$/u, '')
    // "…sur la sensibilisation qui a lieu…": a relative word ends the name.
    if (/\d/u.test(word) || dates.has(bare) || cues.data.metadata.relativeWords.includes(bare) || (!/^\p{Ll}/u.test(word) && !connectors.has(bare))) break
    more.push(word.replace(/[,;]$/u, ''))
    if (/[,;]$/u.test(word)) break
  }
  while (more.length > 0 && connectors.has(more.at(-1)!.toLowerCase())) more.pop()
  return more.length > 0 ? `${phrase} ${more.join(' ')}` : undefined
}

/** A group named in a title (`LONDON – ATLAS II Thematic Group 1: The Future…`). */
function groupInTitle(title: string, cues: Cues): string | undefined {
  for (const part of title.split(/\s*[–—:]\s*|\s+-\s+/)) {
    const phrase = capitalisedPhrase(part)
    if (phrase && namesAGroup(cues, phrase)) return phrase
  }
  return undefined
}

/** The acronym a document names most often, when it names one at least three times. */
function frequentAcronym(text: string): string | null {
  const counts = new Map<string, number>()
  for (const match of text.matchAll(/(?<![\p{L}])\p{Lu}{3,}(?![\p{L}])/gu)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1)
  let best: string | null = null
  let most = 2
  for (const [word, count] of counts) {
    if (count > most) {
      most = count
      best = word
    }
  }
  return best
}
