import type {Paragraph, PhrasingContent, Text} from 'mdast'
import type {Node, Parent} from 'unist'
import type {SourceIndex} from './source-index.js'

function startOf(node: Node): number {
  return node.position?.start.offset ?? 0
}

function endOf(node: Node): number {
  return node.position?.end.offset ?? 0
}

/**
 * The phrasing content of `children` that lies in source offsets
 * `from..to`. Text nodes are cut where they straddle a bound (when their
 * value is the verbatim source); other nodes go wherever they start.
 */
export function slicePhrasing(source: SourceIndex, children: PhrasingContent[], from: number, to: number): PhrasingContent[] {
  const result: PhrasingContent[] = []
  for (const child of children) {
    const start = startOf(child)
    const end = endOf(child)
    if (end <= from || start >= to) continue
    if (start >= from && end <= to) {
      result.push(child)
      continue
    }
    if (child.type === 'text' && end - start === child.value.length && source.text.slice(start, end) === child.value) {
      const a = Math.max(start, from)
      const b = Math.min(end, to)
      if (b > a) result.push(textNode(source, a, b))
      continue
    }
    if ('children' in child) {
      // Emphasis, strong, a link: keep the wrapper around what is left of it.
      const inner = slicePhrasing(source, child.children as PhrasingContent[], from, to)
      if (inner.length > 0) {
        const wrapper = {...child, children: inner} as PhrasingContent
        wrapper.position = {start: {...inner[0]!.position!.start}, end: {...inner.at(-1)!.position!.end}}
        result.push(wrapper)
      }
      continue
    }
    if (start >= from) result.push(child)
  }
  return trimPhrasing(source, result)
}

/** A text node holding the verbatim source `start..end`. */
export function textNode(source: SourceIndex, start: number, end: number): Text {
  return {type: 'text', value: source.text.slice(start, end), position: source.position(start, end)}
}

/**
 * Replace phrasing content under `node`, depth first: `replace` gives the
 * nodes a child becomes, or nothing to keep it as it is (and look inside
 * it). Whether anything was replaced.
 */
export function replacePhrasing(node: Parent, replace: (child: PhrasingContent) => PhrasingContent[] | undefined): boolean {
  const children: PhrasingContent[] = []
  let changed = false
  for (const child of node.children as PhrasingContent[]) {
    const parts = replace(child)
    if (parts) {
      children.push(...parts)
      changed = true
      continue
    }
    if ('children' in child) changed = replacePhrasing(child as Parent, replace) || changed
    children.push(child)
  }
  if (changed) node.children = children
  return changed
}

/**
 * A text node cut where `pattern` matches: `marked` gives the node a match
 * becomes, or nothing to leave it text; the text between stays text nodes
 * of the verbatim source. Nothing when no match is marked, or when the
 * node's text is not the source as it is (then offsets cannot cut it).
 */
export function cutText(source: SourceIndex, node: Text, pattern: RegExp, marked: (match: RegExpMatchArray, start: number, end: number) => PhrasingContent | undefined): PhrasingContent[] | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined || end - start !== node.value.length) return undefined
  let parts: PhrasingContent[] | undefined
  let from = 0
  // matchAll starts where the pattern was last left.
  pattern.lastIndex = 0
  for (const match of node.value.matchAll(pattern)) {
    const matchEnd = match.index + match[0].length
    const part = marked(match, start + match.index, start + matchEnd)
    if (!part) continue
    parts ??= []
    if (match.index > from) parts.push(textNode(source, start + from, start + match.index))
    parts.push(part)
    from = matchEnd
  }
  if (!parts) return undefined
  if (from < node.value.length) parts.push(textNode(source, start + from, end))
  return parts
}

/** Drop whitespace at the edges of phrasing content, keeping positions exact. */
function trimPhrasing(source: SourceIndex, children: PhrasingContent[]): PhrasingContent[] {
  while (children.length > 0) {
    const first = children[0]!
    if (first.type !== 'text') break
    const leading = first.value.length - first.value.trimStart().length
    if (leading === 0) break
    if (leading === first.value.length) {
      children.shift()
      continue
    }
    children[0] = shiftedText(source, first, leading, 0)
    break
  }
  while (children.length > 0) {
    const last = children.at(-1)!
    if (last.type !== 'text') break
    const trailing = last.value.length - last.value.trimEnd().length
    if (trailing === 0) break
    if (trailing === last.value.length) {
      children.pop()
      continue
    }
    children[children.length - 1] = shiftedText(source, last, 0, trailing)
    break
  }
  return children
}

function shiftedText(source: SourceIndex, node: Text, head: number, tail: number): Text {
  const start = startOf(node)
  const end = endOf(node)
  const exact = end - start === node.value.length
  const value = node.value.slice(head, node.value.length - tail)
  if (!exact) return {...node, value}
  return {type: 'text', value, position: source.position(start + head, end - tail)}
}

/** A paragraph of the given content, positioned from its first to its last node. */
export function paragraphOf(children: PhrasingContent[], template?: Paragraph): Paragraph | undefined {
  if (children.length === 0) return undefined
  const first = children[0]!.position
  const last = children.at(-1)!.position
  const paragraph: Paragraph = {type: 'paragraph', children}
  if (first && last) paragraph.position = {start: {...first.start}, end: {...last.end}}
  if (template?.data) paragraph.data = {...template.data}
  return paragraph
}
