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
    const trimmedEnd = index + segment.replace(/\s+$/, '').length
    const leading = segment.length - segment.trimStart().length
    const start = index + leading
    if (trimmedEnd <= start) continue
    if (pending && endsWithAbbreviation(text.slice(pending.start, pending.end), abbreviations) && !/\n\s*\n/.test(text.slice(pending.end, start))) {
      pending.end = trimmedEnd
    } else {
      if (pending) sentences.push(sentenceOf(text, pending.start, pending.end))
      pending = {start, end: trimmedEnd}
    }
  }
  if (pending) sentences.push(sentenceOf(text, pending.start, pending.end))
  return sentences
}

/**
 * A sentence built with one fixed layout: spreading objects here gave each
 * of them a hidden class of its own, which cost more memory than the text.
 */
function sentenceOf(text: string, start: number, end: number): Sentence {
  return {start, end, text: text.slice(start, end)}
}

function endsWithAbbreviation(sentence: string, abbreviations: ReadonlySet<string>): boolean {
  const match = /(?:^|[\s(])([\p{L}.]+\.)$/u.exec(sentence)
  if (!match) return false
  const word = match[1]!
  // A single initial: `J.` in `J. Doe`.
  if (/^\p{Lu}\.$/u.test(word)) return true
  return abbreviations.has(word.toLowerCase())
}
