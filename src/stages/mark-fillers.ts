/**
 * clean: hesitations (`uh`, `um`, `euh`, `hum`), with the commas that set
 * them off, become `filler` nodes. They stay in the tree and in every quote,
 * and are left out of the text the later stages read: "I'll, uh, send the
 * report" is read as "I'll send the report". Each turn is read with its own
 * language's list, so this runs once languages are known ("um" is a
 * hesitation in English and a word in Portuguese).
 */
import type {Parent, PhrasingContent, Root} from 'mdast'
import type {VFile} from 'vfile'
import {lexiconData, lexiconLanguages} from '../lexicon/index.js'
import {textNode} from '../lib/cut.js'
import {textOfTurn} from '../lib/mapped-text.js'
import type {SourceIndex} from '../lib/source-index.js'
import type {Filler} from '../tree.js'

export default function markFillers() {
  const patterns = new Map<string, RegExp | undefined>()
  const patternFor = (language: string): RegExp | undefined => {
    if (patterns.has(language)) return patterns.get(language)
    const words = lexiconLanguages.includes(language) ? lexiconData(language).uncertainty.fillers : []
    // The word alone, not the start of another ("umbrella", "uh-oh"), with a comma before or after it and the space after.
    const pattern = words.length > 0 ? new RegExp(`(?:,[^\\S\\n]*)?(?<![\\p{L}\\p{N}'’-])(?:${words.join('|')})(?![\\p{L}\\p{N}'’-])(?:[^\\S\\n]*,)?[^\\S\\n]*`, 'giu') : undefined
    patterns.set(language, pattern)
    return pattern
  }

  return (_tree: Root, file: VFile): void => {
    const source = file.data.sourceIndex!
    for (const unit of file.data.units ?? []) {
      if (unit.node.type !== 'turn') continue
      const pattern = patternFor(unit.language)
      if (!pattern) continue
      // Most turns hold none: one test of the text first.
      pattern.lastIndex = 0
      if (!pattern.test(unit.text.text)) continue
      let marked = false
      for (const child of unit.node.children) if ('children' in child) marked = markIn(child as Parent, source, pattern) || marked
      if (marked) unit.text = textOfTurn(source, unit.node)
    }
  }
}

/** Split the text nodes under `node` around fillers; whether any was found. */
function markIn(node: Parent, source: SourceIndex, pattern: RegExp): boolean {
  const children: PhrasingContent[] = []
  let changed = false
  for (const child of node.children as PhrasingContent[]) {
    if (child.type === 'text') {
      const parts = splitText(source, child.value, child.position?.start.offset, child.position?.end.offset, pattern)
      if (parts) {
        children.push(...parts)
        changed = true
        continue
      }
    } else if ('children' in child) changed = markIn(child as Parent, source, pattern) || changed
    children.push(child)
  }
  if (changed) node.children = children
  return changed
}

function splitText(source: SourceIndex, value: string, start: number | undefined, end: number | undefined, pattern: RegExp): PhrasingContent[] | undefined {
  // Only text that is the source as it is can be cut by offsets.
  if (start === undefined || end === undefined || end - start !== value.length) return undefined
  let parts: PhrasingContent[] | undefined
  let from = 0
  pattern.lastIndex = 0
  for (const match of value.matchAll(pattern)) {
    parts ??= []
    if (match.index > from) parts.push(textNode(source, start + from, start + match.index))
    const fillerEnd = match.index + match[0].length
    parts.push({type: 'filler', value: match[0], position: source.position(start + match.index, start + fillerEnd)} as Filler)
    from = fillerEnd
  }
  if (!parts) return undefined
  if (from < value.length) parts.push(textNode(source, start + from, end))
  return parts
}
