/**
 * Split every unit into sentences, with the abbreviations of its language.
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {cuesFor} from '../lexicon/cues.js'
import {sentencesOf} from '../lib/sentences.js'

export default function splitSentences() {
  return (_tree: Root, file: VFile): void => {
    for (const unit of file.data.units ?? []) {
      unit.sentences = sentencesOf(unit.text.text, unit.language, cuesFor(unit.language).abbreviations)
    }
  }
}
