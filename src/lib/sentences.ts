import {exactArray} from './exact-array.js'

/** A sentence of a segment's cleaned text, as offsets into that text. */
export interface Sentence {
  start: number
  end: number
  text: string
}

const segmenters = new Map<string, Intl.Segmenter>()

function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language)
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, {granularity: 'sentence'})
    segmenters.set(language, segmenter)
  }
  return segmenter
}

/**
 * Split text into sentences (ICU sentence boundaries), then undo the breaks
 * ICU makes after abbreviations (`Mr.`, `Sra.`) and initials (`J. Doe`).
 * `abbreviations` are lower-case, with their final period.
 */
export function sentencesOf(text: string, language: string, abbreviations: ReadonlySet<string>): Sentence[] {
  const sentences: Sentence[] = []
  let pending: {start: number; end: number} | undefined
  for (const {segment, index} of segmenterFor(language).segment(text)) {
    // Whitespace at the edges is found in place: trimming copies would be
    // garbage the size of the whole text on every pass.
    let start = index
    let trimmedEnd = index + segment.length
    while (start < trimmedEnd && isSpace(text.charCodeAt(start))) start++
    while (trimmedEnd > start && isSpace(text.charCodeAt(trimmedEnd - 1))) trimmedEnd--
    if (trimmedEnd <= start) continue
    if (pending && endsWithAbbreviation(text, pending.start, pending.end, abbreviations) && !/\n\s*\n/.test(text.slice(pending.end, start))) {
      pending.end = trimmedEnd
    } else {
      if (pending) sentences.push(sentenceOf(text, pending.start, pending.end))
      pending = {start, end: trimmedEnd}
    }
  }
  if (pending) sentences.push(sentenceOf(text, pending.start, pending.end))
  return exactArray(sentences)
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x2028 || code === 0x2029 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a)
}

/**
 * A sentence built with one fixed layout: spreading objects here gave each
 * of them a hidden class of its own, which cost more memory than the text.
 */
function sentenceOf(text: string, start: number, end: number): Sentence {
  return {start, end, text: text.slice(start, end)}
}

/**
 * Whether `text.slice(start, end)` ends with an abbreviation: a run of
 * letters and periods ending in a period, at the start of the sentence or
 * after a space or `(`. Read backwards in place, without a copy of the
 * sentence or a regular expression tried at each of its characters.
 */
function endsWithAbbreviation(text: string, start: number, end: number, abbreviations: ReadonlySet<string>): boolean {
  if (end - start < 2 || text.charCodeAt(end - 1) !== 46) return false
  let from = end - 1
  while (from > start) {
    const code = text.charCodeAt(from - 1)
    if (code === 46) {
      from--
      continue
    }
    const width = letterWidthBefore(text, start, from, code)
    if (width === 0) break
    from -= width
  }
  // At least one character before the final period.
  if (from === end - 1) return false
  if (from > start) {
    const before = text.charCodeAt(from - 1)
    if (before !== 40 && !isWhitespace(before)) return false
  }
  const word = text.slice(from, end)
  // A single initial: `J.` in `J. Doe`.
  if (initial.test(word)) return true
  return abbreviations.has(word.toLowerCase())
}

const initial = /^\p{Lu}\.$/u
const letter = /^\p{L}$/u
const whitespace = /^\s$/u
const letterCodes = new Map<number, boolean>()

/** The width (1 or 2 code units) of the letter ending at `at`, or 0 when the character there is no letter. */
function letterWidthBefore(text: string, start: number, at: number, code: number): number {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0
  if (code >= 0xdc00 && code <= 0xdfff && at - 2 >= start) {
    const high = text.charCodeAt(at - 2)
    if (high >= 0xd800 && high <= 0xdbff) return letter.test(text.slice(at - 2, at)) ? 2 : 0
  }
  let known = letterCodes.get(code)
  if (known === undefined) {
    known = letter.test(String.fromCharCode(code))
    letterCodes.set(code, known)
  }
  return known ? 1 : 0
}

/** `\s` of a Unicode regular expression, for one UTF-16 code unit. */
function isWhitespace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return whitespace.test(String.fromCharCode(code))
}
