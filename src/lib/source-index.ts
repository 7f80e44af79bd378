import type {Point, Position} from 'unist'

/**
 * Maps offsets in a source text to unist points (1-based line and column),
 * and back. Built once per file; lookups are binary searches.
 */
export class SourceIndex {
  /** The text the offsets refer to. */
  readonly text: string
  /**
   * Offset at which each line starts; `lineStarts[0]` is line 1. Four bytes
   * a line, where an array of numbers takes eight: a caption file has a
   * line for every few words.
   */
  readonly lineStarts: Uint32Array

  constructor(text: string) {
    this.text = text
    let lines = 1
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines++
    const starts = new Uint32Array(lines)
    let line = 1
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts[line++] = index + 1
    this.lineStarts = starts
  }

  private wideText: boolean | undefined

  /** Whether the text has a character above U+00FF (V8 then keeps it, and every slice of it, at two bytes a character). */
  get wide(): boolean {
    this.wideText ??= /[^\0-\xff]/.test(this.text)
    return this.wideText
  }

  /** Number of lines (a trailing newline does not open a new line). */
  get lineCount(): number {
    const last = this.lineStarts.at(-1) ?? 0
    return last === this.text.length && this.lineStarts.length > 1
      ? this.lineStarts.length - 1
      : this.lineStarts.length
  }

  /** 1-based line of an offset. */
  lineOf(offset: number): number {
    const starts = this.lineStarts
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    return low + 1
  }

  /** The unist point of an offset. */
  point(offset: number): Point {
    const line = this.lineOf(offset)
    return {line, column: offset - (this.lineStarts[line - 1] ?? 0) + 1, offset}
  }

  /** The unist position spanning `start..end` (end exclusive). */
  position(start: number, end: number): Position {
    return {start: this.point(start), end: this.point(end)}
  }

  /** Text of a 1-based line, without its line ending. */
  line(line: number): string {
    const start = this.lineStarts[line - 1]
    if (start === undefined) return ''
    const next = this.lineStarts[line]
    let end = next === undefined ? this.text.length : next - 1
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--
    return this.text.slice(start, end)
  }

  /** Offset just past the end of a line's content (before `\r\n` or `\n`). */
  lineEnd(line: number): number {
    const next = this.lineStarts[line]
    let end = next === undefined ? this.text.length : next - 1
    const start = this.lineStarts[line - 1] ?? 0
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--
    return end
  }
}
