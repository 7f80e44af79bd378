/**
 * segment: split the transcript into speaker turns.
 *
 * A label opens a line: `JANE DOE:` alone or before the text, `**JANE
 * DOE:**`, `[JANE DOE]:` (a guessed name), `UNIDENTIFIED MALE:`, or a
 * mixed-case `Project Manager:` in one-turn-per-line transcripts. Labels in
 * capitals are taken wherever they stand; mixed-case labels only when the
 * document is made of them, or when the same label recurs, so that a stray
 * `Thank you: …` is not a speaker. Words that name fields (`Date:`,
 * `Agenda:`) are never speakers.
 *
 * With two or more turns the file is a transcript; blocks before the first
 * turn are its header. Otherwise it is a document.
 *
 * A format reader that found the labels itself (a WebVTT voice tag, an
 * Otter header, a label inside a paragraph of PDF text) leaves them in
 * `file.data.labels`; they are taken as they are, and the file is a
 * transcript even with a single speaker or none named.
 */
import type {Paragraph, PhrasingContent, Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {allCues} from '../lexicon/cues.js'
import {paragraphOf, slicePhrasing} from '../lib/cut.js'
import {exactArray} from '../lib/exact-array.js'
import type {SourceIndex} from '../lib/source-index.js'
import type {SpeakerLabel, Turn} from '../tree.js'
import type {LabelCut} from '../formats/types.js'

export interface SegmentOptions {
  /**
   * Share of non-blank lines that must open with a mixed-case label for the
   * document to count as one turn per line (default `0.3`).
   */
  readonly mixedLabelShare?: number
}

const token = "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’.\\-]*"
const parenthetical = '(?:[ \\t]*\\((?:[^()\\n]|\\([^()\\n]*\\))*\\))?'
const labelLine = new RegExp(
  `^[ \\t]{0,3}(?:\\*\\*|__)?[ \\t]*(?:\\[(?<guess>[^\\]\\n]{2,80})\\]|(?<plain>\\p{Lu}[\\p{L}\\p{M}\\p{N}'’.\\-]*(?:[ \\t]+${token}){0,6}${parenthetical}))[ \\t]*(?:\\*\\*|__)?[ \\t]*:[ \\t]*(?:\\*\\*|__)?(?=[ \\t]|$)`,
  'u'
)

type Candidate = LabelCut

export default function segmentSpeakers(options: SegmentOptions = {}) {
  const share = options.mixedLabelShare ?? 0.3
  if (typeof share !== 'number' || !(share > 0 && share <= 1)) {
    throw new TypeError(`Expected \`mixedLabelShare\` between 0 and 1, not \`${String(share)}\``)
  }
  const cues = allCues()
  const isFieldName = (value: string): boolean => cues.some((language) => language.notSpeakerLabel.test(value))
  const isUnidentified = (value: string): boolean => cues.some((language) => language.unidentifiedLabel.test(value))

  return (tree: Root, file: VFile): void => {
    const source = file.data.sourceIndex!
    if (file.data.labels) {
      const found = new Map<number, Candidate[]>()
      for (const label of file.data.labels) {
        const line = source.lineOf(label.start)
        found.set(line, [...(found.get(line) ?? []), label])
      }
      buildTurns(tree, file, source, found, isUnidentified)
      return
    }
    const candidates = new Map<number, Candidate>()
    const counts = new Map<string, number>()
    let nonBlank = 0
    let mixed = 0

    for (const node of tree.children) {
      if (node.type !== 'paragraph' || !node.position) continue
      for (let line = node.position.start.line; line <= node.position.end.line; line++) {
        const text = source.line(line)
        if (text.trim().length === 0) continue
        nonBlank++
        const candidate = readLabel(source, line)
        if (!candidate || isFieldName(candidate.value)) continue
        candidates.set(line, candidate)
        counts.set(candidate.value, (counts.get(candidate.value) ?? 0) + 1)
        if (!candidate.capitals) mixed++
      }
    }

    // Where labels are written in capitals, a recurring mixed-case phrase
    // ("The first question is:") is text, not a speaker; mixed-case labels
    // count only in documents written with them.
    const capitalLabels = candidates.size - mixed
    const oneTurnPerLine = nonBlank > 0 && mixed > capitalLabels && mixed / nonBlank >= share
    const accepted = new Map<number, Candidate[]>()
    for (const [line, candidate] of candidates) {
      const recurs = (counts.get(candidate.value) ?? 0) >= 2 && capitalLabels < 2
      if (candidate.capitals || oneTurnPerLine || recurs || (candidate.guessed && isUnidentified(candidate.value))) {
        accepted.set(line, [candidate])
      }
    }
    if (accepted.size < 2) {
      if (!hasList(tree)) {
        file.fail('No speaker labels and no lists: nothing to take minutes from (expected `NAME:` labels, or an outcome document with lists)', {
          ruleId: 'no-speakers',
          source: 'minutes'
        })
      }
      file.data.kind = 'document'
      file.data.header = []
      return
    }
    buildTurns(tree, file, source, accepted, isUnidentified)
  }
}

/** Cut the tree into turns at the accepted labels; what comes before the first is the header. */
function buildTurns(tree: Root, file: VFile, source: SourceIndex, accepted: Map<number, Candidate[]>, isUnidentified: (value: string) => boolean): void {
  const header: RootContent[] = []
  const children: RootContent[] = []
  let turn: Turn | undefined
  const append = (node: RootContent): void => {
    if (turn) {
      turn.children.push(node as Turn['children'][number])
      turn.position = {start: turn.position!.start, end: node.position?.end ?? turn.position!.end}
    } else header.push(node)
  }

  for (const node of tree.children) {
    if (node.type !== 'paragraph' || !node.position) {
      append(node)
      continue
    }
    for (const piece of splitAtLabels(source, node, accepted)) {
      if (piece.label?.unidentified) {
        const at = source.position(piece.label.start, piece.label.end)
        turn = {type: 'turn', speaker: null, children: [], position: at}
        children.push(turn)
      } else if (piece.label) {
        const label: SpeakerLabel = {
          type: 'speakerLabel',
          value: piece.label.value,
          uncertain: piece.label.guessed,
          unidentified: isUnidentified(piece.label.value),
          position: source.position(piece.label.start, piece.label.end)
        }
        turn = {type: 'turn', speaker: null, children: [label], position: {...label.position!}}
        children.push(turn)
      }
      if (piece.paragraph) append(piece.paragraph)
    }
  }

  for (const node of children) if (node.type === 'turn') node.children = exactArray(node.children)
  file.data.kind = 'transcript'
  file.data.header = header
  tree.children = [...header, ...children]
}

function hasList(tree: Root): boolean {
  const visit = (nodes: readonly RootContent[]): boolean =>
    nodes.some((node) => node.type === 'list' || ('children' in node && visit(node.children as RootContent[])))
  return visit(tree.children)
}

function readLabel(source: SourceIndex, line: number): Candidate | undefined {
  const text = source.line(line)
  const match = labelLine.exec(text)
  if (!match?.groups) return undefined
  const guessed = match.groups['guess'] !== undefined
  const value = (match.groups['guess'] ?? match.groups['plain'] ?? '').replace(/\s+/g, ' ').trim()
  if (!/\p{L}.*\p{L}/u.test(value)) return undefined
  // A label ends at the colon: a period before it would make it a sentence.
  const base = value.replace(/\s*\(.*\)\s*$/, '')
  if (/[.?!]\s+\p{Ll}/u.test(base)) return undefined
  const capitals = !/\p{Ll}/u.test(base)
  const start = source.lineStarts[line - 1]!
  return {value, guessed, capitals, start: start + (match[0].length - match[0].trimStart().length), end: start + match[0].length}
}

interface Piece {
  label?: Candidate
  paragraph?: Paragraph
}

/** Cut a paragraph at the lines that open with a label. */
function splitAtLabels(source: SourceIndex, paragraph: Paragraph, labels: Map<number, Candidate[]>): Piece[] {
  const position = paragraph.position!
  const cuts: Candidate[] = []
  for (let line = position.start.line; line <= position.end.line; line++) {
    for (const label of labels.get(line) ?? []) {
      if (label.start >= position.start.offset! && label.start < position.end.offset!) cuts.push(label)
    }
  }
  cuts.sort((a, b) => a.start - b.start)
  if (cuts.length === 0) return [{paragraph}]
  const pieces: Piece[] = []
  const content = (from: number, to: number): Paragraph | undefined =>
    paragraphOf(slicePhrasing(source, paragraph.children as PhrasingContent[], from, to), paragraph)
  const first = cuts[0]!
  if (first.start > position.start.offset!) {
    const before = content(position.start.offset!, first.start)
    if (before) pieces.push({paragraph: before})
  }
  for (const [index, label] of cuts.entries()) {
    const next = cuts[index + 1]
    const piece: Piece = {label}
    const after = content(label.end, next ? next.start : position.end.offset!)
    if (after) piece.paragraph = after
    pieces.push(piece)
  }
  return pieces
}
