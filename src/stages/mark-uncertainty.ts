/**
 * clean: keep what the transcriber could not make out, marked as such:
 * `[inaudible]` and `<unintelligible/>` as inaudible, `{vocalsound}` as
 * noise, a bracketed word or phrase (`[Guajara]`, `[into that]`) as a
 * guess. Bracketed editorial notes of many words stay text.
 */
import type {Parent, PhrasingContent, Root} from 'mdast'
import type {VFile} from 'vfile'
import {allCues} from '../lexicon/cues.js'
import {cutText, replacePhrasing} from '../lib/cut.js'
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
    const uncertain = (match: RegExpMatchArray, start: number, end: number): Uncertain | undefined => {
      const kind = kindOf(match[1] ?? match[2] ?? match[3] ?? '', match[1] === undefined)
      return kind ? {type: 'uncertain', kind, value: match[0], position: source.position(start, end)} : undefined
    }
    const replace = (child: PhrasingContent): PhrasingContent[] | undefined => {
      if (child.type === 'text') return cutText(source, child, marker, uncertain)
      if (child.type !== 'html') return undefined
      const tag = /^<\s*([\p{L}_]+)\s*\/?>$/u.exec(child.value)
      const kind = tag ? kindOf(tag[1]!, true) : undefined
      return kind ? [{type: 'uncertain', kind, value: child.value, position: child.position} as Uncertain] : undefined
    }
    for (const node of tree.children) if (node.type === 'turn') for (const child of node.children) if ('children' in child) replacePhrasing(child as Parent, replace)
  }
}
