/**
 * clean: keep what the transcriber could not make out, marked as such:
 * `[inaudible]` and `<unintelligible/>` as inaudible, `{vocalsound}` as
 * noise, a bracketed word or phrase (`[Guajara]`, `[into that]`) as a
 * guess. Bracketed editorial notes of many words stay text.
 */
import type {Parent, PhrasingContent, Root} from 'mdast'
import type {VFile} from 'vfile'
import {allCues} from '../lexicon/cues.js'
import {textNode} from '../lib/cut.js'
import type {SourceIndex} from '../lib/source-index.js'
import type {Uncertain} from '../tree.js'

const marker = /\[([^[\]\n]{1,80})\](?!\s*[:(])|\{([\p{L}_]{2,30})\}|<([\p{L}_]{2,30})\s*\/>/gu
/** Longest bracketed passage that is still a guess rather than a note. */
const maxGuessWords = 8

export default function markUncertainty() {
  const cues = allCues()
  const kindOf = (content: string, braced: boolean): Uncertain['kind'] | undefined => {
    const words = content.trim()
    if (cues.some((language) => language.inaudible.test(words))) return 'inaudible'
    if (cues.some((language) => language.noise.test(words))) return 'noise'
    if (braced) return 'noise'
    return words.split(/\s+/).length <= maxGuessWords ? 'guess' : undefined
  }

  return (tree: Root, file: VFile): void => {
    const source = file.data.sourceIndex!
    const visit = (node: Parent): void => {
      const children: PhrasingContent[] = []
      let changed = false
      for (const child of node.children as PhrasingContent[]) {
        if (child.type === 'text') {
          const parts = splitText(source, child.value, child.position?.start.offset, child.position?.end.offset, kindOf)
          if (parts) {
            children.push(...parts)
            changed = true
            continue
          }
        } else if (child.type === 'html') {
          const tag = /^<\s*([\p{L}_]+)\s*\/?>$/u.exec(child.value)
          const kind = tag ? kindOf(tag[1]!, true) : undefined
          if (kind) {
            children.push({type: 'uncertain', kind, value: child.value, position: child.position} as Uncertain)
            changed = true
            continue
          }
        } else if ('children' in child) visit(child as Parent)
        children.push(child)
      }
      if (changed) node.children = children
    }
    for (const node of tree.children) if (node.type === 'turn') for (const child of node.children) if ('children' in child) visit(child as Parent)
  }
}

function splitText(
  source: SourceIndex,
  value: string,
  start: number | undefined,
  end: number | undefined,
  kindOf: (content: string, braced: boolean) => Uncertain['kind'] | undefined
): PhrasingContent[] | undefined {
  if (start === undefined || end === undefined || end - start !== value.length) return undefined
  let parts: PhrasingContent[] | undefined
  let from = 0
  for (const match of value.matchAll(marker)) {
    const content = match[1] ?? match[2] ?? match[3] ?? ''
    const kind = kindOf(content, match[1] === undefined)
    if (!kind) continue
    parts ??= []
    if (match.index > from) parts.push(textNode(source, start + from, start + match.index))
    const markerEnd = match.index + match[0].length
    parts.push({type: 'uncertain', kind, value: match[0], position: source.position(start + match.index, start + markerEnd)})
    from = markerEnd
  }
  if (!parts) return undefined
  if (from < value.length) parts.push(textNode(source, start + from, end))
  return parts
}
