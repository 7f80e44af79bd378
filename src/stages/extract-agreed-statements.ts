/**
 * decisions of an outcome document: its agreed normative statements ("We
 * believe that LACRALO's mission … is appropriate and should be
 * maintained", "LACRALO must create an appeals and dispute resolution
 * process"). One per paragraph or list item: its first sentence that says
 * what should, must or will be. Lead-ins ending in a colon, bracketed
 * editorial notes, questions and points still pending ("to be discussed",
 * "to be refined") are not decisions; nor is the NEXT STEPS list.
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {cuesFor} from '../lexicon/cues.js'
import {confidence, evidenceOf, firstMatch, matches, reaches, similarity, statement, type Found} from '../lib/extraction.js'
import type {Decision} from '../record.js'

export interface AgreedStatementOptions {
  /** Lowest confidence kept (default `0.5`). */
  readonly minConfidence?: number
}

export default function extractAgreedStatements(options: AgreedStatementOptions = {}) {
  const minConfidence = options.minConfidence ?? 0.5

  return (_tree: Root, file: VFile): void => {
    const units = file.data.units ?? []
    const excluded = new Set(file.data.nextSteps ?? [])
    const found: Found[] = []
    for (const unit of units) {
      if (excluded.has(unit) || unit.text.text.startsWith('[')) continue
      const cues = cuesFor(unit.language)
      for (const [position, sentence] of unit.sentences.entries()) {
        const text = sentence.text
        const cue = firstMatch(cues.document.normative, text)
        if (!cue) continue
        // The item's point is its first normative sentence; pending or a lead-in, it is no decision.
        if (/:\s*$/u.test(text) || text.endsWith('?') || matches(cues.document.pending, text)) break
        // "ORGANIC LEADERS: Leaders… are expected to… They must…": the opening names the point.
        const start = position === 1 ? unit.sentences[0]!.start : sentence.start
        found.push({unit, start, end: sentence.end, focus: sentence.start + cue.index, text: statement(text.replace(/^[\s·•⇒→\d.)-]+/u, '')), confidence: 0.7})
        break
      }
    }

    const kept: Found[] = []
    for (const item of found) {
      if (!reaches(item.confidence, minConfidence)) continue
      if (kept.some((other) => similarity(other.text, item.text) >= 0.6)) continue
      kept.push(item)
    }
    const decisions: Decision[] = []
    for (const item of kept) {
      const evidence = evidenceOf(item)
      if (evidence) decisions.push({id: `D${decisions.length + 1}`, text: item.text, confidence: confidence(item.confidence), evidence})
    }
    file.data.decisions = decisions
  }
}
