/**
 * Plain text and light Markdown into a transcript tree (mdast) with a
 * position of the original file on every node.
 *
 * The file is scanned line by line into blocks (runs of non-blank lines).
 * Blocks with Markdown syntax in them go through remark-parse, and their
 * positions are shifted to the file; plain blocks, the bulk of a transcript,
 * become paragraphs directly, which keeps parsing linear and fast. Page
 * separators (`---`) are thematic breaks wherever they stand, and lines
 * starting with bullet glyphs (`·`, `•`, `⇒`) are list items, as a reader
 * would take them.
 */
import type {Root, RootContent, List, ListItem, Paragraph, PhrasingContent, Text, Nodes} from 'mdast'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import {SourceIndex} from '../lib/source-index.js'

const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const bulletGlyph = /^[ \t]*[·•▪◦‣⁃∙⇒→➢➤►✓✔][ \t]+/
/** A Markdown list marker opening a line: `- `, `* `, `+ `, `1. `, `1) `. */
const listMarker = /^ {0,3}(?:[-+*]|\d{1,9}[.)])[ \t]+(?=\S)/
/** Block syntax other than list items: headings, quotes, fences, tables, setext underlines. */
const otherBlockSyntax = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|>|```|~~~|=+[ \t]*$)|^[ \t]*\|?[ \t]*:?-+:?[ \t]*\|/
/** Markdown syntax that shapes a block: headings, quotes, lists, code, tables. */
const blockSyntax = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|>|[-+*][ \t]|\d{1,9}[.)][ \t]|```|~~~)|^(?: {4}|\t)(?=\S)|^[ \t]*\|?[ \t]*:?-+:?[ \t]*\|/mu
/** Markdown syntax inside a line: emphasis, code, links, escapes, entities, HTML. */
const inlineSyntax = /[*`\\~]|&#?\w+;|<[A-Za-z/!?]|\]\(|(?:^|[^\p{L}\p{N}])_+[^\s_]/mu
/** A character every match of `inlineSyntax` holds: most lines have none, and this test is far cheaper. */
const inlineSyntaxChar = /[*`\\~&<\]_]/

function hasInlineSyntax(text: string): boolean {
  return inlineSyntaxChar.test(text) && inlineSyntax.test(text)
}

let markdown: Processor<Root> | undefined

function markdownParser(): Processor<Root> {
  if (!markdown) markdown = unified().use(remarkParse).use(remarkGfm).freeze() as unknown as Processor<Root>
  return markdown
}

/** Quotes nested deeper than this are read as text: nobody writes them, and parsing them recurses once per level. */
const deepestQuote = 64
const deepQuote = new RegExp(`^(?:[ \\t]*>){${deepestQuote + 1}}`, 'm')

/** Parse `document` (already decoded) into a transcript tree. */
export function readText(document: string, file: VFile): Root {
  const source = new SourceIndex(document)
  file.data.sourceIndex = source
  const children: RootContent[] = []
  const lineCount = source.lineStarts.length
  let line = 1

  while (line <= lineCount) {
    const text = source.line(line)
    if (text.trim().length === 0) {
      line++
      continue
    }
    if (thematicBreak.test(text)) {
      const start = source.lineStarts[line - 1]!
      children.push({type: 'thematicBreak', position: source.position(start, start + text.length)})
      line++
      continue
    }
    let end = line
    while (end + 1 <= lineCount) {
      const next = source.line(end + 1)
      if (next.trim().length === 0 || thematicBreak.test(next)) break
      end++
    }
    children.push(...parseBlock(source, line, end))
    line = end + 1
  }

  const root: Root = {type: 'root', children}
  if (document.length > 0) root.position = source.position(0, document.length)
  return root
}

function parseBlock(source: SourceIndex, first: number, last: number): RootContent[] {
  const start = source.lineStarts[first - 1]!
  const end = source.lineEnd(last)
  const block = source.text.slice(start, end)

  let hasBullets = false
  for (let line = first; line <= last; line++) {
    if (bulletGlyph.test(source.line(line))) {
      hasBullets = true
      break
    }
  }
  if (hasBullets) return lineList(source, first, last, bulletGlyph)
  // A block of plain list items (the common case of an outcome document) is
  // built line by line; remark-parse takes blocks with other block syntax.
  if (isSimpleList(source, first, last)) return lineList(source, first, last, listMarker)
  if (blockSyntax.test(block)) {
    if (deepQuote.test(block)) {
      const paragraph = plainParagraph(source, start, end)
      return paragraph ? [paragraph] : []
    }
    return markdownBlock(source, block, start)
  }
  if (hasInlineSyntax(block)) return inlineParagraph(source, first, last)
  const paragraph = plainParagraph(source, start, end)
  return paragraph ? [paragraph] : []
}

/**
 * A paragraph with inline Markdown only: each line that has some goes
 * through remark-parse alone, the others become text as they are. A long
 * one-turn-per-line transcript with the odd `<laugh/>` then costs no more
 * than its marked lines.
 */
function inlineParagraph(source: SourceIndex, first: number, last: number): RootContent[] {
  const paragraph = paragraphOfRange(source, source.lineStarts[first - 1]!, source.lineEnd(last))
  return paragraph ? [paragraph] : []
}

/** A paragraph of the source `start..end`, Markdown read line by line where a line has some. */
function paragraphOfRange(source: SourceIndex, start: number, end: number): Paragraph | undefined {
  const children: PhrasingContent[] = []
  let from = start
  while (from < end) {
    const newline = source.text.indexOf('\n', from)
    const lineEnd = newline === -1 || newline > end ? end : newline
    const text = source.text.slice(from, lineEnd)
    if (hasInlineSyntax(text)) children.push(...phrasingIn(markdownBlock(source, text, from)))
    else {
      const plain = plainParagraph(source, from, lineEnd)
      if (plain) children.push(...plain.children)
    }
    from = lineEnd + 1
  }
  if (children.length === 0) return undefined
  return {type: 'paragraph', children, position: {start: {...children[0]!.position!.start}, end: {...children.at(-1)!.position!.end}}}
}

/** The phrasing content inside parsed blocks: a line read as a list item or heading keeps its words. */
function phrasingIn(nodes: readonly RootContent[]): PhrasingContent[] {
  const result: PhrasingContent[] = []
  for (const node of nodes) {
    if (node.type === 'paragraph' || node.type === 'heading') result.push(...node.children)
    else if ('children' in node) result.push(...phrasingIn(node.children as RootContent[]))
  }
  return result
}

/** A paragraph whose one text node is the verbatim source `start..end`. */
function plainParagraph(source: SourceIndex, start: number, end: number): Paragraph | undefined {
  const text = source.text
  while (start < end && /\s/.test(text.charAt(start))) start++
  while (end > start && /\s/.test(text.charAt(end - 1))) end--
  if (end <= start) return undefined
  const position = source.position(start, end)
  return {type: 'paragraph', children: [{type: 'text', value: text.slice(start, end), position}], position: {...position}}
}

/** Whether a block is list items only: it opens with a marker and holds no other block syntax. */
function isSimpleList(source: SourceIndex, first: number, last: number): boolean {
  if (!listMarker.test(source.line(first))) return false
  for (let line = first; line <= last; line++) {
    const text = source.line(line)
    if (otherBlockSyntax.test(text) || /^(?: {4}|\t)/.test(text.replace(listMarker, ''))) return false
  }
  return true
}

/**
 * Lines opening with a marker (a bullet glyph, or a Markdown list marker):
 * a list, one item per marker; other lines continue the item before them.
 * A Markdown item that opens with a glyph (`- ⇒ Faire…`) loses the glyph.
 */
function lineList(source: SourceIndex, first: number, last: number, marker: RegExp): RootContent[] {
  const result: RootContent[] = []
  let list: List | undefined
  let itemStart: number | undefined
  let itemEnd = 0
  let leadStart: number | undefined
  let leadEnd = 0

  const closeItem = (): void => {
    if (itemStart === undefined || !list) return
    const paragraph = paragraphOfRange(source, itemStart, itemEnd)
    if (paragraph) {
      const item: ListItem = {type: 'listItem', spread: false, children: [paragraph], position: {...paragraph.position!}}
      list.children.push(item)
    }
    itemStart = undefined
  }

  const closeLead = (): void => {
    if (leadStart === undefined) return
    const paragraph = paragraphOfRange(source, leadStart, leadEnd)
    if (paragraph) result.push(paragraph)
    leadStart = undefined
  }

  for (let line = first; line <= last; line++) {
    const text = source.line(line)
    const lineStart = source.lineStarts[line - 1]!
    const lineEnd = source.lineEnd(line)
    const bullet = marker.exec(text)
    if (bullet) {
      closeLead()
      closeItem()
      const ordered = /\d/.test(bullet[0])
      if (!list || list.ordered !== ordered) {
        list = {type: 'list', ordered, spread: false, children: []}
        result.push(list)
      }
      const glyph = marker === bulletGlyph ? undefined : bulletGlyph.exec(text.slice(bullet[0].length))
      itemStart = lineStart + bullet[0].length + (glyph ? glyph[0].length : 0)
      itemEnd = lineEnd
    } else if (itemStart === undefined) {
      if (leadStart === undefined) leadStart = lineStart
      leadEnd = lineEnd
    } else {
      itemEnd = lineEnd
    }
  }
  closeLead()
  closeItem()
  for (const node of result) {
    if (node.type === 'list' && node.children.length > 0) {
      node.position = {start: {...node.children[0]!.position!.start}, end: {...node.children.at(-1)!.position!.end}}
    }
  }
  return result
}

/** Parse a block with remark-parse and move its positions to the file. */
function markdownBlock(source: SourceIndex, block: string, offset: number): RootContent[] {
  const tree = markdownParser().parse(block)
  const shift = (node: Nodes): void => {
    if (node.position) {
      node.position.start = source.point(node.position.start.offset! + offset)
      node.position.end = source.point(node.position.end.offset! + offset)
    }
    if ('children' in node) for (const child of node.children as Nodes[]) shift(child)
  }
  const result: RootContent[] = []
  for (const node of tree.children) {
    shift(node)
    result.push(...normalise(source, node))
  }
  return result
}

/**
 * Markdown readings a transcript never means: a label line such as
 * `[JANE DOE]: Yes` read as a link definition, an indented line read as
 * code, raw HTML. They become the paragraphs the writer meant.
 */
function normalise(source: SourceIndex, node: RootContent): RootContent[] {
  switch (node.type) {
    case 'definition':
    case 'code':
    case 'html': {
      const start = node.position!.start.offset!
      const end = node.position!.end.offset!
      if (node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim())) return []
      const paragraph = plainParagraph(source, start, end)
      return paragraph ? [paragraph] : []
    }
    case 'list': {
      for (const item of node.children) stripGlyph(source, item)
      return [node]
    }
    default:
      return [node]
  }
}

/** `- ⇒ Text`: the arrow is a second bullet, not part of the text. */
function stripGlyph(source: SourceIndex, item: ListItem): void {
  const paragraph = item.children[0]
  if (paragraph?.type !== 'paragraph') return
  const first = paragraph.children[0]
  if (first?.type !== 'text' || !first.position) return
  const glyph = /^[·•▪◦‣⁃∙⇒→➢➤►✓✔][ \t]+/.exec(first.value)
  if (!glyph) return
  const start = first.position.start.offset! + glyph[0].length
  const text: Text = {type: 'text', value: first.value.slice(glyph[0].length), position: {start: source.point(start), end: first.position.end}}
  paragraph.children[0] = text
  paragraph.position = {start: source.point(start), end: paragraph.position!.end}
}
