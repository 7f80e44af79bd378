/**
 * Captions (WebVTT and SRT) into speaker turns. The cues are read by
 * webvtt-parser; this module finds each cue's lines in the file, reads its
 * speaker (a `<v Name>` voice tag, or a `Name:`/`[Name]`/`NAME:` label the
 * document keeps using), and joins the cues of one speaker into one turn,
 * so that a sentence cut across cues is one sentence. A rolling caption
 * (a cue repeating the one before with a few words more) replaces the one
 * before. A cue without a speaker continues the turn before it when its
 * text continues; otherwise it opens a turn of an unidentified speaker.
 *
 * Problems with a cue (a timing without text, text without a timing,
 * backwards or overlapping timings) are warnings with the cue's line; the
 * rest of the file is still read.
 */
import type {Paragraph, Root, Text} from 'mdast'
import type {VFile} from 'vfile'
import webvtt, {type Cue, type CueNode, type ParseError} from 'webvtt-parser'
import {SourceIndex} from '../lib/source-index.js'
import type {LabelCut, TimeMark} from './types.js'

/**
 * Characters of captions given to the parser at a time. The parser keeps a
 * large object for every cue; parsing a long file in pieces (cut at blank
 * lines, so never inside a cue) keeps that to one piece at a time.
 */
const chunkSize = 256 * 1024

/** Parse the captions piece by piece and place each piece's cues in the file. */
function parseInChunks(options: CaptionOptions, report: (error: ParseError, line: number) => void): PlacedCue[] {
  // Lines are read as the pieces need them: every line of a long file at
  // once was a string each, and more memory than the pieces themselves.
  const nextLine = lineReader(options.input)
  const placed: PlacedCue[] = []
  let line = nextLine()
  let first = 0
  while (line !== undefined) {
    const piece: string[] = []
    let size = 0
    while (line !== undefined && (size < chunkSize || line !== '')) {
      piece.push(line)
      size += line.length + 1
      line = nextLine()
    }
    // Pieces after the first are given their own `WEBVTT` line.
    const header = first === 0 ? 0 : 2
    const parsed = new webvtt.WebVTTParser().parse(header === 0 ? piece.join('\n') : `WEBVTT\n\n${piece.join('\n')}`, 'metadata')
    const offset = first - options.shift
    for (const error of parsed.errors) report(error, error.line - header + offset)
    placed.push(...placeCues(parsed.cues, piece, offset))
    first += piece.length
  }
  return placed
}

/** The lines of `text` one at a time, as `text.split(/\r\n|\r|\n/)` gives them; undefined after the last. */
function lineReader(text: string): () => string | undefined {
  const lineBreak = /\r\n|\r|\n/g
  let from = 0
  return () => {
    if (from > text.length) return undefined
    lineBreak.lastIndex = from
    const found = lineBreak.exec(text)
    const end = found ? found.index : text.length
    const line = text.slice(from, end)
    from = found ? end + found[0].length : text.length + 1
    return line
  }
}

/** A cue found in the file. */
interface PlacedCue {
  /** Whether the parser read the cue: a cue it refused has no times (nor voice) and is read for its text alone. */
  timed: boolean
  startTime: number
  endTime: number
  voice: string | undefined
  /** 1-based lines of the cue text in the file. */
  firstLine: number
  lastLine: number
  timingLine: number
}

export interface CaptionOptions {
  /** The text given to the parser, line for line the file's lines shifted by `shift`. */
  readonly input: string
  /** Lines the parser input has before the file's first line (a `WEBVTT` line given to SRT). */
  readonly shift: number
}

/** At most this many warnings of one kind per file; then one saying how many more. */
const warningsPerRule = 20
const timing = '-->'
/** A label opening a cue: `[Name]`, `[Name]:`, `Name:` (at most six words). */
const cueLabel = /^[ \t]*(?:-[ \t]*)?(?:\[(?<guess>[^\]\n]{2,60})\][ \t]*:?|(?<plain>\p{Lu}[\p{L}\p{M}\p{N}'’.-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*){0,5}(?:[ \t]*\([^()\n]{1,40}\))?)[ \t]*:)(?:[ \t]+|$)/u
const tag = /<[^>\n]*>/g
const entity = /&(?:(amp|lt|gt|nbsp|lrm|rlm|quot|apos);|#(\d{1,6});)/g
const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f', quot: '"', apos: "'"}
const sentenceEnd = /[.?!…]["'”’)\]]*$/u
/** Unidentified captions make a new turn at a sentence end after this many cues, to keep turns readable. */
const cuesPerUnidentifiedTurn = 40

/** Read captions into a tree of one paragraph per speaker run, with the labels and times beside it. */
export function readCaptions(document: string, file: VFile, options: CaptionOptions): Root {
  const source = new SourceIndex(document)
  file.data.sourceIndex = source
  const warn = warner(file)
  // The cues as parsed are read in a function of their own, so that they are
  // freed before the readings are joined.
  const report = (error: ParseError, line: number): void => {
    if (line < 1) return
    warn('malformed-cue', `Cue at line ${line} is malformed: ${error.message.replace(/\.$/, '')}; the rest of the file is still read`, line, error.col)
  }
  const readings = readCues(file, source, parseInChunks(options, report), warn)

  // Labels count where the document keeps using them, in capitals or brackets,
  // or, where most cues open with one, when they read as a name.
  const uses = new Map<string, number>()
  let labelled = 0
  for (const reading of readings) {
    if (!reading.label || reading.voice) continue
    labelled++
    uses.set(reading.label.value, (uses.get(reading.label.value) ?? 0) + 1)
  }
  const labelStyle = readings.length > 0 && labelled / readings.length >= 0.5
  for (const reading of readings) {
    const label = reading.label
    if (!label || reading.voice || label.capitals || label.guessed || (uses.get(label.value) ?? 0) >= 2) continue
    if (labelStyle && nameLike(label.value)) continue
    // Not a label after all: its words are text.
    const words = textPieces(source, label.start, label.end)
    reading.pieces.unshift(...words)
    reading.labelPieces += words.length
    reading.label = undefined
  }

  const {paragraphs, labels} = joinRuns(source, readings)
  if (!labels.some((label) => !label.unidentified)) {
    file.message('The captions name no speakers; read as one unidentified speaker', {ruleId: 'no-speaker-names', source: 'minutes'})
  }
  file.data.labels = labels
  const root: Root = {type: 'root', children: paragraphs}
  if (document.length > 0) root.position = source.position(0, document.length)
  return root
}

/** The cues' readings, their times left in `file.data.timeMarks`. */
function readCues(file: VFile, source: SourceIndex, cues: readonly PlacedCue[], warn: ReturnType<typeof warner>): CueReading[] {
  if (cues.length === 0) {
    file.fail('No caption cues found (expected timing lines such as `00:00:01.000 --> 00:00:04.000` followed by text)', {
      ruleId: 'no-cues',
      source: 'minutes'
    })
  }
  const marks: TimeMark[] = []
  const readings: CueReading[] = []
  const voices = new Map<string, string>()
  let previous: PlacedCue | undefined
  for (const placed of cues) {
    if (!placed.timed) {
      warn('cue-without-times', `Cue at line ${placed.timingLine} has timings that cannot be read; its text is kept, without times of its own`, placed.timingLine)
    } else {
      if (previous && placed.startTime >= previous.startTime && placed.startTime < previous.endTime - 0.001) {
        warn('overlapping-cue', `Cue at line ${placed.timingLine} starts before the cue before it ends`, placed.timingLine)
      }
      previous = placed
    }
    if (placed.lastLine < placed.firstLine) {
      warn('malformed-cue', `Cue at line ${placed.timingLine} has a timing but no text`, placed.timingLine)
      continue
    }
    if (placed.timed) marks.push({line: placed.firstLine, start: placed.startTime, end: Math.max(placed.startTime, placed.endTime)})
    const reading = readCue(source, placed, voices)
    if (reading.pieces.length > 0 || reading.label) readings.push(reading)
  }
  file.data.timeMarks = marks
  return readings
}

interface CueReading {
  /** 1-based line of the cue's text in the file. */
  firstLine: number
  label: LabelCut | undefined
  /** Whether the label is a voice tag. */
  voice: boolean
  pieces: Text[]
  /** Pieces at the start that were a label read as text after all: not part of the cue's words. */
  labelPieces: number
}

/**
 * The cue's words, for comparing rolling captions. Worked out when the runs
 * are joined, for the cue at hand and the last of its run only: kept for
 * every cue of a long file, they were as large as the file's text.
 */
function wordsOf(reading: CueReading): string {
  const pieces = reading.labelPieces > 0 ? reading.pieces.slice(reading.labelPieces) : reading.pieces
  return pieces.map((piece) => piece.value).join(' ').replace(/\s+/g, ' ').trim()
}

/**
 * Find each parsed cue's lines in the file: the next timing line whose text
 * lines are the cue's text. A timing line the parser refused (its times are
 * backwards, say) keeps its text, as a cue without times of its own.
 */
function placeCues(cues: readonly Cue[], lines: readonly string[], offset: number): PlacedCue[] {
  const placed: PlacedCue[] = []
  let line = 0
  const textAfter = (at: number): {text: string[]; end: number} => {
    let end = at + 1
    const text: string[] = []
    while (end < lines.length && lines[end] !== '' && !lines[end]!.includes(timing)) text.push(lines[end++]!)
    return {text, end}
  }
  const place = (cue: Cue | undefined, at: number, end: number): void => {
    // Only what is needed is kept, in one object: a large file has many cues.
    const timingLine = at + 1 + offset
    const firstLine = at + 2 + offset
    const lastLine = end + offset
    if (cue) placed.push({timed: true, startTime: cue.startTime, endTime: cue.endTime, voice: voiceOf(cue.tree?.children ?? []), timingLine, firstLine, lastLine})
    else placed.push({timed: false, startTime: 0, endTime: 0, voice: undefined, timingLine, firstLine, lastLine})
  }
  for (const cue of cues) {
    for (let at = line; at < lines.length; at++) {
      if (!lines[at]!.includes(timing)) continue
      const {text, end} = textAfter(at)
      if (text.join('\n') !== cue.text) {
        if (text.length > 0) place(undefined, at, end)
        line = end
        at = end - 1
        continue
      }
      place(cue, at, end)
      line = end
      break
    }
  }
  for (let at = line; at < lines.length; at++) {
    if (!lines[at]!.includes(timing)) continue
    const {text, end} = textAfter(at)
    if (text.length > 0) place(undefined, at, end)
    at = end - 1
  }
  return placed
}

/**
 * A cue's speaker label and its text as pieces of the file, tags left out.
 * `voices` holds each voice as written and as read, so that the many cues of
 * one speaker share one name.
 */
function readCue(source: SourceIndex, placed: PlacedCue, voices: Map<string, string>): CueReading {
  const firstStart = source.lineStarts[placed.firstLine - 1]!
  const firstText = source.line(placed.firstLine)
  let label: LabelCut | undefined
  let voice = false
  let from = firstStart
  const voiceName = placed.timed ? placed.voice : voiceIn(firstText)
  if (voiceName !== undefined) {
    const open = /<v(?:\.[^\s>]*)?[ \t]+[^>\n]*>/.exec(firstText)
    if (open) {
      let value = voices.get(voiceName)
      if (value === undefined) {
        value = voiceName.replace(/\s+/g, ' ').trim()
        voices.set(voiceName, value)
      }
      label = {value, guessed: false, capitals: !/\p{Ll}/u.test(value), start: firstStart + open.index, end: firstStart + open.index + open[0].length}
      voice = true
      if (open.index === 0 || /^\s*$/.test(firstText.slice(0, open.index))) from = label.end
    }
  }
  if (!label) {
    const match = cueLabel.exec(firstText)
    const value = (match?.groups?.['guess'] ?? match?.groups?.['plain'] ?? '').replace(/\s+/g, ' ').trim()
    if (match && /\p{L}.*\p{L}/u.test(value) && !/[.?!]\s/.test(value)) {
      const guessed = match.groups?.['guess'] !== undefined
      label = {value, guessed, capitals: !guessed && !/\p{Ll}/u.test(value.replace(/\s*\(.*\)$/, '')), start: firstStart + (match[0].length - match[0].trimStart().length), end: firstStart + match[0].trimEnd().length}
      from = firstStart + match[0].length
    }
  }
  const pieces = textPieces(source, from, source.lineEnd(placed.lastLine))
  return {firstLine: placed.firstLine, label, voice, pieces, labelPieces: 0}
}

/** Little words inside names (`Ana de la Cruz`, `Jan van Dijk`). */
const particles = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'la', 'le', 'van', 'von', 'der', 'den', 'di', 'du', 'bin', 'al', 'el', 'y', 'e'])

/** Every word capitalised, or a particle: `Owen Adeyemi`, not `The question is`. */
function nameLike(value: string): boolean {
  const words = value.replace(/\s*\(.*\)$/, '').split(' ')
  return words.length <= 5 && words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || particles.has(word))
}

/** The voice of a cue the parser refused: the annotation of a `<v …>` tag opening it. */
function voiceIn(text: string): string | undefined {
  return /^[ \t]*<v(?:\.[^\s>]*)?[ \t]+([^>\n]*)>/.exec(text)?.[1]
}

function voiceOf(nodes: readonly CueNode[]): string | undefined {
  for (const node of nodes) {
    if (node.type === 'object' && node.name === 'v') return node.value ?? ''
    if (node.type === 'text' && node.value?.trim()) return undefined
  }
  return undefined
}

/** Text nodes for the source `start..end`, one per line, with tags (`<i>`, `</v>`) left out. */
function textPieces(source: SourceIndex, start: number, end: number): Text[] {
  const pieces: Text[] = []
  const text = source.text
  let lineStart = start
  while (lineStart < end) {
    const newline = text.indexOf('\n', lineStart)
    let lineEnd = newline === -1 || newline > end ? end : newline
    if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--
    const line = text.slice(lineStart, lineEnd)
    let from = 0
    tag.lastIndex = 0
    const push = (a: number, b: number): void => {
      while (a < b && /\s/.test(line.charAt(a))) a++
      while (b > a && /\s/.test(line.charAt(b - 1))) b--
      if (b <= a) return
      // Character references (`Q&amp;A`) are read as the characters they stand for.
      let from = a
      entity.lastIndex = a
      for (let match = entity.exec(line); match && match.index < b; match = entity.exec(line)) {
        if (match.index > from) pieces.push({type: 'text', value: line.slice(from, match.index), position: source.position(lineStart + from, lineStart + match.index)})
        const value = entities[match[1]!] ?? (match[2] ? String.fromCodePoint(Number(match[2])) : match[0])
        pieces.push({type: 'text', value, position: source.position(lineStart + match.index, lineStart + match.index + match[0].length)})
        from = match.index + match[0].length
      }
      if (b > from) pieces.push({type: 'text', value: line.slice(from, b), position: source.position(lineStart + from, lineStart + b)})
    }
    for (let match = tag.exec(line); match; match = tag.exec(line)) {
      push(from, match.index)
      from = match.index + match[0].length
    }
    push(from, line.length)
    lineStart = newline === -1 ? end : newline + 1
  }
  return pieces
}

/** Join the cues of one speaker into one paragraph each, with a label where the speaker changes. */
function joinRuns(source: SourceIndex, readings: readonly CueReading[]): {paragraphs: Paragraph[]; labels: LabelCut[]} {
  const paragraphs: Paragraph[] = []
  const labels: LabelCut[] = []
  /** The speaker run being joined; `words` are those of its last cue. */
  let run: {speaker: string | null; label: LabelCut; cues: CueReading[]; words: string} | undefined

  const close = (): void => {
    if (!run) return
    const children = run.cues.flatMap((reading) => reading.pieces)
    if (children.length > 0) {
      const start = Math.min(run.label.start, children[0]!.position!.start.offset!)
      paragraphs.push({type: 'paragraph', children, position: source.position(start, children.at(-1)!.position!.end.offset!)})
    } else {
      // A label with nothing said after it still makes a turn.
      paragraphs.push({type: 'paragraph', children: [], position: source.position(run.label.start, run.label.end)})
    }
    labels.push(run.label)
    run = undefined
  }

  for (const reading of readings) {
    const speaker = reading.label ? reading.label.value : undefined
    const words = wordsOf(reading)
    if (run && (speaker === undefined || speaker === run.speaker)) {
      const last = run.cues.at(-1)
      const lastWords = last ? run.words : ''
      const continues = speaker !== undefined || run.speaker !== null || run.cues.length < cuesPerUnidentifiedTurn || !sentenceEnd.test(lastWords)
      const textContinues = speaker !== undefined || !last || !sentenceEnd.test(lastWords) || /^\p{Ll}/u.test(words)
      if (continues && (textContinues || run.speaker === null)) {
        if (last && words === lastWords) continue
        // A rolling caption repeats the cue before it with more words: keep the longer one.
        // The turn's label moves to the longer cue, when it has one of its own.
        const opening = last === run.cues[0] && last?.label !== undefined
        const rolls = last && lastWords.length > 0 && words.startsWith(lastWords) && (!opening || reading.label !== undefined)
        if (rolls) {
          run.cues.pop()
          if (opening) run.label = reading.label!
        }
        run.cues.push(reading)
        run.words = words
        continue
      }
    }
    close()
    const firstPiece = reading.pieces[0]?.position?.start.offset ?? source.lineStarts[reading.firstLine - 1]!
    const label: LabelCut = reading.label ?? {value: '', guessed: false, capitals: false, start: firstPiece, end: firstPiece, unidentified: true}
    run = {speaker: speaker ?? null, label, cues: [reading], words}
  }
  close()
  return {paragraphs, labels}
}

/** Report a problem with its line; after `warningsPerRule` of a kind, count the rest into one message. */
function warner(file: VFile): (ruleId: string, reason: string, line: number, column?: number) => void {
  const counts = new Map<string, number>()
  return (ruleId, reason, line, column) => {
    const count = (counts.get(ruleId) ?? 0) + 1
    counts.set(ruleId, count)
    if (count <= warningsPerRule) {
      file.message(reason, {place: {line, column: column ?? 1}, ruleId, source: 'minutes'})
    } else if (count === warningsPerRule + 1) {
      file.message(`More cues like the one at line ${line}; only the first ${warningsPerRule} are listed`, {place: {line, column: 1}, ruleId, source: 'minutes'})
    }
  }
}
