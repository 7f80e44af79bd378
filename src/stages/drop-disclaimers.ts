/**
 * clean: drop the transcription disclaimers ("Note: The following is the
 * output resulting from transcribing…") wherever they fall, even inside a
 * paragraph. Each becomes a page break, so the sentence it cut in two can be
 * rejoined. Word-processor residue (`[bookmark: _GoBack]`) is removed too.
 */
import type {Paragraph, Root, RootContent, ThematicBreak} from 'mdast'
import type {VFile} from 'vfile'
import {allCues} from '../lexicon/cues.js'
import {mayContainKeys} from '../lexicon/keywords.js'
import {paragraphOf, slicePhrasing} from '../lib/cut.js'
import type {SourceIndex} from '../lib/source-index.js'

/** Left behind by converting word-processor files; never part of what was said. */
const conversionResidue = /\[bookmark: [^\]\n]*\][ \t]*/g

declare module 'mdast' {
  interface ThematicBreakData {
    /** What the break stands for: a `---` separator or a removed disclaimer. */
    pageBreak?: 'separator' | 'disclaimer'
  }
}

export default function dropDisclaimers() {
  const disclaimer = new RegExp(allCues().flatMap((cues) => cues.data.disclaimers).join('|'), 'giu')

  return (tree: Root, file: VFile): void => {
    const source = file.data.sourceIndex!
    const children: RootContent[] = []
    for (const node of tree.children) {
      if (node.type === 'paragraph' && node.position) children.push(...cleanParagraph(source, node, disclaimer))
      else children.push(node)
    }
    tree.children = children
  }
}

function cleanParagraph(source: SourceIndex, paragraph: Paragraph, disclaimer: RegExp): RootContent[] {
  const start = paragraph.position!.start.offset!
  const end = paragraph.position!.end.offset!
  const text = source.text.slice(start, end)
  const cuts: Array<{start: number; end: number; disclaimer: boolean}> = []
  // Most paragraphs hold none of the disclaimers' words: one pass of the
  // keyword automaton rules them out, rather than the case-blind expression
  // of every language tried at each character.
  if (mayContainKeys(disclaimer, text)) {
    for (const match of text.matchAll(disclaimer)) {
      cuts.push({start: start + match.index, end: start + match.index + match[0].length, disclaimer: true})
    }
  }
  if (text.includes('[bookmark: ')) {
    for (const match of text.matchAll(conversionResidue)) {
      cuts.push({start: start + match.index, end: start + match.index + match[0].length, disclaimer: false})
    }
  }
  if (cuts.length === 0) return [paragraph]
  cuts.sort((a, b) => a.start - b.start)

  const result: RootContent[] = []
  let from = start
  let pending: Paragraph['children'] = []
  for (const cut of cuts) {
    pending = [...pending, ...slicePhrasing(source, paragraph.children, from, cut.start)]
    if (cut.disclaimer) {
      const before = paragraphOf(pending, paragraph)
      if (before) result.push(before)
      pending = []
      const pageBreak: ThematicBreak = {type: 'thematicBreak', data: {pageBreak: 'disclaimer'}, position: source.position(cut.start, cut.end)}
      result.push(pageBreak)
    }
    from = Math.max(from, cut.end)
  }
  pending = [...pending, ...slicePhrasing(source, paragraph.children, from, end)]
  const after = paragraphOf(pending, paragraph)
  if (after) result.push(after)
  return result
}
