import type {Nodes} from 'mdast'
import type {SourceIndex} from './source-index.js'
import type {Evidence} from '../record.js'
import type {Turn} from '../tree.js'
import {exactArray} from './exact-array.js'

/**
 * The runs of cleaned text that came from one place in the source, five
 * numbers each in one flat array: a long transcript has hundreds of
 * thousands of them, and an object each took twice the memory.
 */
const span = {
  /** Offset in the cleaned text. */
  textStart: 0,
  /** Length in the cleaned text. */
  length: 1,
  /** Offsets in the source. */
  sourceStart: 2,
  sourceEnd: 3,
  /** 1 where cleaned and source characters correspond one to one, else 0. */
  exact: 4,
  size: 5
} as const

const collapsible = /\s{2,}|[^\S ]/g
/** What may stand between two pieces of one passage: whitespace and inline markup. */
const ignorableGap = /^[\s*_~`>|#\\-]*$/
/** Markup that belongs to a quote when it hugs the quoted text. */
const hugging = /[*_~]/

/**
 * Text of tree content with whitespace runs collapsed, and a map from every
 * character back to its offset in the source. Evidence is cut from the
 * source through this map, never by searching the text again.
 */
export class MappedText {
  /** The pieces, `span.size` numbers each (see `span`). */
  private spans: number[] = []
  readonly source: SourceIndex
  /** The text so far, joined. */
  private joined = ''
  /**
   * Text appended since `joined` was last brought up to date. Appending to
   * one string and reading its end at every piece made V8 copy the whole
   * text each time (a concatenation is flattened when read); the parts are
   * joined once, when the text is read.
   */
  private parts: string[] = []
  private size = 0
  /** Source ranges of fillers left out of the text, by start: a quote bridges them. */
  private fillers: Map<number, number> | undefined

  constructor(source: SourceIndex) {
    this.source = source
  }

  /** The cleaned text. */
  get text(): string {
    if (this.parts.length > 0) {
      this.joined += this.parts.join('')
      this.parts = []
    }
    return this.joined
  }

  /** Append the text of a node (phrasing or flow content). */
  appendNode(node: Nodes, from = 0): void {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'uncertain': {
        const start = node.position?.start.offset
        const end = node.position?.end.offset
        if (start === undefined || end === undefined || end <= from) return
        this.appendRaw(node.value, start, end, from)
        return
      }
      case 'html': {
        return
      }
      case 'filler': {
        // Left out of the text; a quote runs on over it as over whitespace.
        const start = node.position?.start.offset
        const end = node.position?.end.offset
        if (start !== undefined && end !== undefined) (this.fillers ??= new Map()).set(start, end)
        return
      }
      case 'break': {
        this.separate(' ')
        return
      }
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        if (this.size > 0) this.separate(node.type === 'paragraph' && node.data?.rejoined ? ' ' : '\n\n')
        for (const child of node.children) this.appendNode(child, from)
        return
      }
      default: {
        if ('children' in node) {
          for (const child of node.children as Nodes[]) this.appendNode(child, from)
        }
      }
    }
  }

  /** Append a separator that has no source of its own. */
  separate(separator: string): void {
    if (this.size === 0 || this.endsWith(separator)) return
    const last = this.codeFromEnd(1)
    if (separator === ' ' && (last === 32 || last === 10)) return
    if (last === 32) this.dropLast()
    this.add(separator)
  }

  /**
   * Append `value`, which stands at `start..end` in the source. Characters
   * before `from` (a source offset) are skipped: a speaker label, say.
   */
  appendRaw(value: string, start: number, end: number, from = 0): void {
    const exact = end - start === value.length && this.source.text.slice(start, end) === value
    if (!exact) {
      if (start < from) return
      this.push(value.replace(collapsible, ' '), start, end, false)
      return
    }
    let offset = 0
    if (from > start) offset = from - start
    collapsible.lastIndex = offset
    let match: RegExpExecArray | null
    while ((match = collapsible.exec(value))) {
      if (match.index > offset) this.push(value.slice(offset, match.index), start + offset, start + match.index, true)
      this.separate(' ')
      offset = match.index + match[0].length
    }
    if (offset < value.length) this.push(value.slice(offset), start + offset, end, true)
  }

  private push(value: string, sourceStart: number, sourceEnd: number, exact: boolean): void {
    if (value.length === 0) return
    if (this.size === 0) value = value.replace(/^\s+/, '')
    const spans = this.spans
    const last = spans.length - span.size
    if (last >= 0 && spans[last + span.textStart]! + spans[last + span.length]! === this.size && spans[last + span.sourceEnd]! < sourceStart) {
      // Two pieces with something between them in the source: keep a space
      // between them in the text unless the source had none.
      const gap = this.source.text.slice(spans[last + span.sourceEnd], sourceStart)
      if (/\s/.test(gap) && !(this.size > 0 && isSpace(this.codeFromEnd(1))) && !/^\s/.test(value)) this.add(' ')
    }
    spans.push(this.size, value.length, sourceStart, sourceEnd, exact ? 1 : 0)
    this.add(value)
  }

  private add(value: string): void {
    if (value.length === 0) return
    this.parts.push(value)
    this.size += value.length
  }

  private endsWith(value: string): boolean {
    if (value.length > this.size) return false
    for (let back = 1; back <= value.length; back++) {
      if (this.codeFromEnd(back) !== value.charCodeAt(value.length - back)) return false
    }
    return true
  }

  /** The code unit `back` places from the end of the text (1 is the last). */
  private codeFromEnd(back: number): number {
    const parts = this.parts
    for (let index = parts.length - 1; index >= 0; index--) {
      const part = parts[index]!
      if (back <= part.length) return part.charCodeAt(part.length - back)
      back -= part.length
    }
    return this.joined.charCodeAt(this.joined.length - back)
  }

  /** Remove the last character of the text. */
  private dropLast(): void {
    const part = this.parts.pop()
    if (part === undefined) this.joined = this.joined.slice(0, -1)
    else if (part.length > 1) this.parts.push(part.slice(0, -1))
    this.size--
  }

  /** Trim trailing whitespace of the text. */
  finish(): this {
    // Text of one piece is a slice of the source, which costs nothing to keep.
    const verbatim = this.parts.length === 1 && this.joined.length === 0
    const text = this.text.replace(/\s+$/, '')
    this.joined = verbatim ? text : (this.sourceSlice(text) ?? compact(this.source, text))
    this.size = this.joined.length
    this.spans = exactArray(this.spans)
    return this
  }

  /**
   * The same text as a slice of the source, when the source has it as it
   * is (paragraphs of one line each, say): V8 keeps a slice as a reference
   * to the source, where a joined text is a copy.
   */
  private sourceSlice(text: string): string | undefined {
    if (this.spans.length === 0 || text.length === 0) return undefined
    const source = this.source.text
    let start = this.spans[span.sourceStart]!
    const firstEnd = this.spans[span.sourceEnd]!
    // The first piece counts from before the whitespace the text leaves out.
    while (start < firstEnd && source.charCodeAt(start) !== text.charCodeAt(0) && isSpace(source.charCodeAt(start))) start++
    if (start + text.length > source.length) return undefined
    const slice = source.slice(start, start + text.length)
    return slice === text ? slice : undefined
  }

  /** Index in `spans` of the piece holding text offset `index` (or the last before it). */
  private pieceAt(index: number): number {
    const spans = this.spans
    let low = 0
    let high = spans.length / span.size - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((spans[middle * span.size + span.textStart] ?? 0) <= index) low = middle
      else high = middle - 1
    }
    return low * span.size
  }

  /** Source offset of a text offset. */
  toSource(index: number): number {
    const spans = this.spans
    const at = this.pieceAt(index)
    if (at >= spans.length) return 0
    const textStart = spans[at + span.textStart]!
    const sourceStart = spans[at + span.sourceStart]!
    const sourceEnd = spans[at + span.sourceEnd]!
    const delta = index - textStart
    if (delta >= spans[at + span.length]!) return sourceEnd
    if (delta <= 0) return sourceStart
    return spans[at + span.exact] === 1 ? sourceStart + delta : Math.min(sourceEnd, sourceStart + delta)
  }

  /**
   * The source runs behind text `start..end`: consecutive pieces are one run
   * while only whitespace and markup separate them in the source; removed
   * text (a disclaimer, say) starts a new run.
   */
  sourceRuns(start: number, end: number): Array<[number, number]> {
    const runs: Array<[number, number]> = []
    const spans = this.spans
    if (end <= start || spans.length === 0) return runs
    for (let at = this.pieceAt(start); at < spans.length; at += span.size) {
      const textStart = spans[at + span.textStart]!
      const textEnd = textStart + spans[at + span.length]!
      if (textStart >= end) break
      if (textEnd <= start) continue
      const from = Math.max(start, textStart)
      const to = Math.min(end, textEnd)
      const exact = spans[at + span.exact] === 1
      const sourceFrom = exact ? spans[at + span.sourceStart]! + (from - textStart) : spans[at + span.sourceStart]!
      const sourceTo = exact ? spans[at + span.sourceStart]! + (to - textStart) : spans[at + span.sourceEnd]!
      const last = runs.at(-1)
      if (last && (ignorableGap.test(this.source.text.slice(last[1], sourceFrom)) || this.bridges(last[1], sourceFrom))) last[1] = sourceTo
      else runs.push([sourceFrom, sourceTo])
    }
    return runs
  }

  /** Whether source `from..to` holds only fillers left out of the text, whitespace and markup. */
  private bridges(from: number, to: number): boolean {
    if (!this.fillers) return false
    const text = this.source.text
    let at = from
    while (at < to) {
      const end = this.fillers.get(at)
      if (end !== undefined) at = end
      else if (ignorableGap.test(text.charAt(at))) at++
      else return false
    }
    return true
  }

  /**
   * Evidence for text `start..end`: the verbatim source behind it, with the
   * lines it spans. Where removed text interrupts the passage, the run that
   * holds `focus` (a text offset, default the start) is quoted.
   */
  evidence(start: number, end: number, speaker: string | null, focus = start): Evidence | undefined {
    const runs = this.sourceRuns(start, end)
    if (runs.length === 0) return undefined
    const focusSource = this.toSource(focus)
    let chosen = runs[0]!
    for (const run of runs) {
      if (run[0] <= focusSource && focusSource < run[1]) chosen = run
    }
    return quoteSource(this.source, chosen[0], chosen[1], speaker)
  }
}

/** The text of a speaker turn, its label left out. */
export function textOfTurn(source: SourceIndex, turn: Turn): MappedText {
  const text = new MappedText(source)
  for (const child of turn.children) if (child.type !== 'speakerLabel') text.appendNode(child)
  return text.finish()
}

/** Whether a UTF-16 code unit is whitespace to `\\s`. */
function isSpace(code: number): boolean {
  return whitespace.test(String.fromCharCode(code))
}

const whitespace = /\s/
const wideChar = /[^\0-\xff]/

/**
 * The text as a string of one byte per character when it has no character
 * above U+00FF. A source with one such character anywhere (a curly
 * apostrophe) is a string of two bytes per character, and every slice and
 * join of it stays so; a turn's text, kept to the end, then takes twice the
 * memory it needs.
 */
function compact(source: SourceIndex, text: string): string {
  if (!source.wide || text.length < 64 || wideChar.test(text)) return text
  return Buffer.from(text, 'latin1').toString('latin1')
}

/** Evidence for source offsets `start..end`, widened over hugging markup. */
function quoteSource(source: SourceIndex, start: number, end: number, speaker: string | null): Evidence | undefined {
  const text = source.text
  while (start > 0 && hugging.test(text.charAt(start - 1))) start--
  while (end < text.length && hugging.test(text.charAt(end))) end++
  const quote = text.slice(start, end).replace(/\s+/g, ' ').trim()
  if (quote.length === 0) return undefined
  return {quote, startLine: source.lineOf(start), endLine: source.lineOf(Math.max(start, end - 1)), speaker}
}
