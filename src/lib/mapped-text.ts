import type {Nodes} from 'mdast'
import type {SourceIndex} from './source-index.js'
import type {Evidence} from '../record.js'

/** A run of cleaned text that came from one place in the source. */
interface Piece {
  /** Offset in the cleaned text. */
  textStart: number
  /** Length in the cleaned text. */
  length: number
  /** Offsets in the source. */
  sourceStart: number
  sourceEnd: number
  /** Whether cleaned and source characters correspond one to one. */
  exact: boolean
}

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
  text = ''
  readonly pieces: Piece[] = []
  readonly source: SourceIndex

  constructor(source: SourceIndex) {
    this.source = source
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
      case 'break': {
        this.separate(' ')
        return
      }
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        if (this.text.length > 0) this.separate(node.type === 'paragraph' && node.data?.rejoined ? ' ' : '\n\n')
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
    const text = this.text
    if (text.length === 0 || text.endsWith(separator)) return
    const last = text.charCodeAt(text.length - 1)
    if (separator === ' ' && (last === 32 || last === 10)) return
    // Only the last character is looked at: the text is built by appending,
    // and reading all of it at every paragraph would be quadratic.
    this.text = (last === 32 ? text.slice(0, -1) : text) + separator
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
    if (this.text.length === 0) value = value.replace(/^\s+/, '')
    const last = this.pieces.at(-1)
    if (last && last.textStart + last.length === this.text.length && last.sourceEnd < sourceStart) {
      // Two pieces with something between them in the source: keep a space
      // between them in the text unless the source had none.
      const gap = this.source.text.slice(last.sourceEnd, sourceStart)
      if (/\s/.test(gap) && !/\s$/.test(this.text) && !/^\s/.test(value)) this.text += ' '
    }
    this.pieces.push({textStart: this.text.length, length: value.length, sourceStart, sourceEnd, exact})
    this.text += value
  }

  /** Trim trailing whitespace of the text. */
  finish(): this {
    this.text = this.text.replace(/\s+$/, '')
    return this
  }

  /** Index of the piece holding text offset `index` (or the last before it). */
  private pieceAt(index: number): number {
    const pieces = this.pieces
    let low = 0
    let high = pieces.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((pieces[middle]?.textStart ?? 0) <= index) low = middle
      else high = middle - 1
    }
    return low
  }

  /** Source offset of a text offset. */
  toSource(index: number): number {
    const piece = this.pieces[this.pieceAt(index)]
    if (!piece) return 0
    const delta = index - piece.textStart
    if (delta >= piece.length) return piece.sourceEnd
    if (delta <= 0) return piece.sourceStart
    return piece.exact ? piece.sourceStart + delta : Math.min(piece.sourceEnd, piece.sourceStart + delta)
  }

  /**
   * The source runs behind text `start..end`: consecutive pieces are one run
   * while only whitespace and markup separate them in the source; removed
   * text (a disclaimer, say) starts a new run.
   */
  sourceRuns(start: number, end: number): Array<[number, number]> {
    const runs: Array<[number, number]> = []
    if (end <= start || this.pieces.length === 0) return runs
    const first = this.pieceAt(start)
    for (let index = first; index < this.pieces.length; index++) {
      const piece = this.pieces[index]
      if (!piece || piece.textStart >= end) break
      const from = piece.textStart + piece.length <= start ? undefined : Math.max(start, piece.textStart)
      if (from === undefined) continue
      const to = Math.min(end, piece.textStart + piece.length)
      const sourceFrom = piece.exact ? piece.sourceStart + (from - piece.textStart) : piece.sourceStart
      const sourceTo = piece.exact ? piece.sourceStart + (to - piece.textStart) : piece.sourceEnd
      const last = runs.at(-1)
      if (last && ignorableGap.test(this.source.text.slice(last[1], sourceFrom))) last[1] = sourceTo
      else runs.push([sourceFrom, sourceTo])
    }
    return runs
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

/** Evidence for source offsets `start..end`, widened over hugging markup. */
function quoteSource(source: SourceIndex, start: number, end: number, speaker: string | null): Evidence | undefined {
  const text = source.text
  while (start > 0 && hugging.test(text.charAt(start - 1))) start--
  while (end < text.length && hugging.test(text.charAt(end))) end++
  const quote = text.slice(start, end).replace(/\s+/g, ' ').trim()
  if (quote.length === 0) return undefined
  return {quote, startLine: source.lineOf(start), endLine: source.lineOf(Math.max(start, end - 1)), speaker}
}
