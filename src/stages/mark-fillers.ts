/**
 * clean: hesitations (`uh`, `um`, `euh`, `hum`), with the commas that set
 * them off, become `filler` nodes. They stay in the tree and in every quote,
 * and are left out of the text the later stages read: "I'll, uh, send the
 * report" is read as "I'll send the report". Each turn is read with its own
 * language's list, so this runs once languages are known ("um" is a
 * hesitation in English and a word in Portuguese).
 */
import type {Parent, Root} from 'mdast'
import type {VFile} from 'vfile'
import {lexiconData, lexiconLanguages} from '../lexicon/index.js'
import {cutText, replacePhrasing} from '../lib/cut.js'
import {textOfTurn} from '../lib/mapped-text.js'
import type {Filler} from '../tree.js'

export default function markFillers() {
  const patterns = new Map<string, RegExp | undefined>()
  const patternFor = (language: string): RegExp | undefined => {
    if (patterns.has(language)) return patterns.get(language)
    const words = lexiconLanguages.includes(language) ? lexiconData(language).uncertainty.fillers : []
    // The word alone, not the start of another ("umbrella", "uh-oh"), with a comma before or after it and the space after.
    const pattern = words.length > 0 ? new RegExp(`(?:,[^\\S\\n]*)?(?<![\\p{L}\\p{N}'’-])(?:${words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}'’-])(?:[^\\S\\n]*,)?[^\\S\\n]*`, 'giu') : undefined
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
      const filler = (match: RegExpMatchArray, start: number, end: number): Filler => ({type: 'filler', value: match[0], position: source.position(start, end)})
      let marked = false
      for (const child of unit.node.children) {
        if ('children' in child) marked = replacePhrasing(child as Parent, (node) => (node.type === 'text' ? cutText(source, node, pattern, filler) : undefined)) || marked
      }
      if (marked) unit.text = textOfTurn(source, unit.node)
    }
  }
}
