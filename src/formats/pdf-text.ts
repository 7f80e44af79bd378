/**
 * Text copied out of a PDF transcript. What the copy brings along, and how
 * it is read:
 *
 * - page numbers on lines of their own (`Page 3 of 12`, `1 Page 1`, `- 3 -`)
 *   and a running title repeated at each page break are left out, and the
 *   place where they stood is a page break, so a sentence they cut in two
 *   is joined again by the clean stage;
 * - a word hyphenated at the end of a line (`commit-` / `ment`) is one word;
 * - speaker labels in capitals run inside long paragraphs
 *   (`… thank you. GISELLA GRUBER: Good morning …`): a label is taken
 *   where it opens a line, or inside a line right after the end of a
 *   sentence, and only in the style the document uses for its labels
 *   (capitals), so "The question is: what next?" stays a sentence.
 *
 * Positions are those of the file; evidence quotes the lines as they are.
 */
import type {Paragraph, PhrasingContent, Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {allCues} from '../lexicon/cues.js'
import {SourceIndex} from '../lib/source-index.js'
import {pageNumber} from './detect.js'
import type {LabelCut} from './types.js'

/** A line repeated at least this often near page numbers is a running title. */
const runningTitleRepeats = 3
/** A label in capitals opening a line. */
const lineStartLabel = /^[ \t]*(?<name>\p{Lu}[\p{Lu}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{Lu}\p{M}'’.-]*){0,5}(?:[ \t]*\([^()\n]{1,60}\))?)[ \t]*:(?:[ \t]+|$)/u
/** A label in capitals after the end of a sentence, its words perhaps on two lines. */
const inlineLabelAcrossLines = /(?<=[.?!…][”"’)]*[ \t]+)(?<name>\p{Lu}[\p{Lu}\p{M}'’.-]*(?:[ \t]*\n?[ \t]*\p{Lu}[\p{Lu}\p{M}'’.-]*){0,5})[ \t]*:[ \t]+(?=\S)/gu
const hyphenated = /(\p{L}+)-$/u
const continuation = /^[ \t]*(\p{Ll}[\p{L}\p{M}]*)/u

export function readPdfText(document: string, file: VFile): Root {
  const source = new SourceIndex(document)
  file.data.sourceIndex = source
  const lineCount = source.lineCount
  const furniture = furnitureLines(source)

  const children: RootContent[] = []
  let line = 1
  while (line <= lineCount) {
    if (furniture.has(line)) {
      const start = source.lineStarts[line - 1]!
      const last = children.at(-1)
      if (last?.type !== 'thematicBreak') children.push({type: 'thematicBreak', data: {pageBreak: 'separator'}, position: source.position(start, source.lineEnd(line))})
      line++
      continue
    }
    if (source.line(line).trim() === '') {
      line++
      continue
    }
    let end = line
    while (end + 1 <= lineCount && !furniture.has(end + 1) && source.line(end + 1).trim() !== '') end++
    const paragraph = paragraphOf(source, line, end)
    if (paragraph) children.push(paragraph)
    line = end + 1
  }

  // Without labels of its own style, the usual label reading decides.
  const labels = labelsOf(source, furniture)
  if (labels.length > 0) file.data.labels = labels
  const root: Root = {type: 'root', children}
  if (document.length > 0) root.position = source.position(0, document.length)
  return root
}

/** Page numbers, and lines repeated beside them (a running title). */
function furnitureLines(source: SourceIndex): Set<number> {
  const furniture = new Set<number>()
  const repeats = new Map<string, number[]>()
  for (let line = 1; line <= source.lineCount; line++) {
    const text = source.line(line)
    if (pageNumber.test(text) || /^[ \t]*\f\s*$/.test(text)) furniture.add(line)
    const key = text.trim()
    if (key.length < 6 || key.length > 120) continue
    const seen = repeats.get(key)
    if (seen) seen.push(line)
    else repeats.set(key, [line])
  }
  if (furniture.size < 2) return furniture
  const nearPage = (line: number): boolean => {
    for (let other = line - 3; other <= line + 3; other++) if (other !== line && furniture.has(other)) return true
    return false
  }
  for (const lines of repeats.values()) {
    if (lines.length < runningTitleRepeats) continue
    // The first one, on the document's first line, is its title.
    if (lines.filter(nearPage).length * 2 >= lines.length) for (const line of lines) if (line !== 1) furniture.add(line)
  }
  return furniture
}

/** Source ranges of the runs of non-blank lines that are not page furniture. */
function blocksOf(source: SourceIndex, furniture: ReadonlySet<number>): Array<[number, number]> {
  const blocks: Array<[number, number]> = []
  let first: number | undefined
  for (let line = 1; line <= source.lineCount + 1; line++) {
    const open = line <= source.lineCount && !furniture.has(line) && source.line(line).trim() !== ''
    if (open && first === undefined) first = line
    if (!open && first !== undefined) {
      blocks.push([source.lineStarts[first - 1]!, source.lineEnd(line - 1)])
      first = undefined
    }
  }
  return blocks
}

/** A paragraph of lines `first..last`, a word hyphenated at a line end made whole. */
function paragraphOf(source: SourceIndex, first: number, last: number): Paragraph | undefined {
  const children: PhrasingContent[] = []
  const text = source.text
  let from = source.lineStarts[first - 1]!
  while (from < text.length && /[ \t]/.test(text.charAt(from))) from++
  for (let line = first; line < last; line++) {
    const broken = hyphenated.exec(source.line(line))
    const next = continuation.exec(source.line(line + 1))
    if (!broken || !next) continue
    const wordStart = source.lineStarts[line - 1]! + broken.index
    const nextStart = source.lineStarts[line]! + (next[0].length - next[1]!.length)
    const wordEnd = nextStart + next[1]!.length
    if (wordStart > from) children.push({type: 'text', value: text.slice(from, wordStart), position: source.position(from, wordStart)})
    // One word across the line break: its text is not the source character for character.
    children.push({type: 'text', value: broken[1]! + next[1]!, position: source.position(Math.max(from, wordStart), wordEnd)})
    from = wordEnd
  }
  let end = source.lineEnd(last)
  while (end > from && /\s/.test(text.charAt(end - 1))) end--
  if (end > from) children.push({type: 'text', value: text.slice(from, end), position: source.position(from, end)})
  if (children.length === 0) return undefined
  return {type: 'paragraph', children, position: {start: {...children[0]!.position!.start}, end: {...children.at(-1)!.position!.end}}}
}

/** Labels in capitals at line starts and inside lines after a sentence end; a label said once inside a line needs two words. */
function labelsOf(source: SourceIndex, furniture: ReadonlySet<number>): LabelCut[] {
  const cues = allCues()
  const isField = (value: string): boolean => cues.some((language) => language.notSpeakerLabel.test(value))
  const found: Array<LabelCut & {inline: boolean}> = []
  for (let line = 1; line <= source.lineCount; line++) {
    if (furniture.has(line)) continue
    const text = source.line(line)
    const start = source.lineStarts[line - 1]!
    const opening = lineStartLabel.exec(text)
    if (opening?.groups) {
      const value = opening.groups['name']!.replace(/\s+/g, ' ').trim()
      const at = start + (opening[0].length - opening[0].trimStart().length)
      found.push({value, guessed: false, capitals: true, start: at, end: start + opening[0].trimEnd().length, inline: false})
    }
  }
  // Inside the lines: a label may be cut by a line break (`SOFIA` / `BRANDT:`).
  for (const [from, to] of blocksOf(source, furniture)) {
    const text = source.text.slice(from, to)
    for (const match of text.matchAll(inlineLabelAcrossLines)) {
      const value = match.groups!['name']!.replace(/\s+/g, ' ').trim()
      found.push({value, guessed: false, capitals: true, start: from + match.index, end: from + match.index + match[0].trimEnd().length, inline: true})
    }
  }
  const uses = new Map<string, number>()
  for (const label of found) uses.set(label.value, (uses.get(label.value) ?? 0) + 1)
  // A label that runs over two lines is also seen as one opening the second line: keep the longer.
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const separate = found.filter((label, index) => index === 0 || label.start >= found[index - 1]!.end)
  return separate
    .filter((label) => /\p{L}.*\p{L}/u.test(label.value) && !isField(label.value))
    .filter((label) => !label.inline || (uses.get(label.value) ?? 0) >= 2 || label.value.includes(' '))
    .map(({inline: _inline, ...label}) => label)
}
