/**
 * agenda: the items announced at the opening ("today we are going to discuss
 * a report on…; then we will all discuss…, and then…") and items taken up
 * by number later on ("Item #9, which is the introduction of the
 * scholarship").
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {cuesFor} from '../lexicon/cues.js'
import {matches} from '../lib/extraction.js'
import type {AgendaItem} from '../record.js'

export interface AgendaOptions {
  /** Share of the turns, from the start, in which an agenda may be announced (default `0.25`). */
  readonly opening?: number
}

export default function extractAgenda(options: AgendaOptions = {}) {
  const opening = options.opening ?? 0.25
  if (!(opening > 0 && opening <= 1)) throw new TypeError(`Expected \`opening\` between 0 and 1, not \`${opening}\``)

  return (_tree: Root, file: VFile): void => {
    const units = file.data.units ?? []
    const agenda: AgendaItem[] = []
    const limit = Math.max(3, Math.ceil(units.length * opening))
    const add = (text: string, evidence: AgendaItem['evidence'] | undefined): void => {
      const clean = text.trim().replace(/^(?:and then|then|and)\s+/iu, '').replace(/[\s,.;]+$/u, '')
      if (!evidence || clean.split(/\s+/).length < 2) return
      if (agenda.some((item) => item.text.toLowerCase() === clean.toLowerCase())) return
      agenda.push({text: clean.charAt(0).toUpperCase() + clean.slice(1), evidence})
    }

    for (const [index, unit] of units.entries()) {
      const cues = cuesFor(unit.language)
      let announced = false
      for (const sentence of unit.sentences) {
        // `item` in any case first: the Unicode, case-blind expression is slow to try at every character.
        const numbered = /item/i.test(sentence.text) && /\bitem (?:#|number |no\. )?\d+/iu.test(sentence.text)
        if (index < limit && !announced && matches(cues.agenda.announce, sentence.text)) announced = true
        if (!announced && !numbered) continue
        for (const pattern of cues.agenda.item) {
          const match = pattern.exec(sentence.text)
          const item = match?.groups?.['item']
          if (!match || !item) continue
          const evidence = unit.text.evidence(sentence.start, sentence.end, unit.speaker)
          for (const part of item.split(/,\s*and then\s+|;\s*/iu)) add(part, evidence)
        }
      }
    }
    file.data.agenda = agenda
  }
}
