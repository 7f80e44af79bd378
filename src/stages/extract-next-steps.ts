/**
 * action items of an outcome document: the items of its NEXT STEPS /
 * PROCHAINES ETAPES list, and commitments in its body ("Staff + LACRALO
 * leadership will create onboarding guidelines"). An owner is taken only
 * from a name the item gives in parentheses ("Create a GANTT chart…
 * (Humberto)"); a body such as "staff" is not a person. Timing in the item
 * ("in a month", "before May?") is kept as words; without a document date
 * it cannot be a day.
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {cleanName, cuesFor, firstTask, type Cues} from '../lexicon/cues.js'
import {findDue} from '../lib/dates.js'
import {taskFrom} from '../lib/extraction.js'
import {toActionItems, type FoundAction} from './extract-action-items.js'
import type {Unit} from '../data.js'

export interface NextStepsOptions {
  /** Lowest confidence kept (default `0.5`). */
  readonly minConfidence?: number
}

declare module 'vfile' {
  interface DataMap {
    /** Units of a document's NEXT STEPS section. */
    nextSteps: Unit[]
  }
}

export default function extractNextSteps(options: NextStepsOptions = {}) {
  const minConfidence = options.minConfidence ?? 0.5

  return (_tree: Root, file: VFile): void => {
    const units = file.data.units ?? []
    const meetingDate = file.data.meeting?.date ?? null
    const section = nextStepsSection(units)
    file.data.nextSteps = section
    const found: FoundAction[] = []

    for (const unit of section) {
      const cues = cuesFor(unit.language)
      const text = unit.text.text
      const owner = ownerInParentheses(cues, text)
      const {due, dueText} = findDue(text, unit.language, meetingDate)
      const task = text.replace(/\s*\([^()]*\)\s*$/u, '').replace(/^[\s·•⇒→-]+/u, '')
      found.push({unit, start: 0, end: text.length, focus: 0, text: task.charAt(0).toUpperCase() + task.slice(1), confidence: 0.8, owner, assignees: owner ? [owner] : [], due, dueText: dueText ?? parentheticalTiming(cues, text), sentence: 0, anaphoric: false, kind: 'listed'})
    }

    for (const unit of units) {
      if (section.includes(unit)) continue
      const cues = cuesFor(unit.language)
      for (const [position, sentence] of unit.sentences.entries()) {
        const commitment = firstTask(cues, cues.document.commitment, sentence.text)
        if (!commitment) continue
        const {match, verbAt: verb} = commitment
        const {due, dueText} = findDue(sentence.text, unit.language, meetingDate)
        found.push({unit, start: sentence.start, end: sentence.end, focus: sentence.start + match.index, text: taskFrom(sentence.text, verb), confidence: 0.7, owner: null, assignees: [], due, dueText, sentence: position, anaphoric: false, kind: 'listed'})
      }
    }

    file.data.actionItems = toActionItems(found, minConfidence)
  }
}

/** The units after the (last) NEXT STEPS heading, up to the next heading. */
function nextStepsSection(units: readonly Unit[]): Unit[] {
  const start = units.findLastIndex((unit) => cuesFor(unit.language).document.nextStepsHeading.test(unit.text.text.replace(/[:\s]+$/u, '')))
  if (start < 0) return []
  const section: Unit[] = []
  for (const unit of units.slice(start + 1)) {
    if (isHeading(unit)) break
    section.push(unit)
  }
  return section
}

/** A heading: a Markdown heading, or a short paragraph in capitals. */
function isHeading(unit: Unit): boolean {
  if (unit.node.type === 'heading') return true
  if (unit.node.type !== 'paragraph') return false
  const text = unit.text.text
  return text.split(/\s+/).length <= 8 && !/\p{Ll}/u.test(text) && /\p{Lu}/u.test(text)
}

/** `(Humberto)` at the end of an item names its owner; `(in a month)` does not. */
function ownerInParentheses(cues: Cues, text: string): string | null {
  const match = /\(([^()]+)\)\s*$/u.exec(text)
  if (!match) return null
  const content = match[1]!.trim()
  const name = cleanName(content, cues)
  if (!name || name !== content || content.split(/\s+/).length > 4) return null
  if (cues.metadata.groupNoun.test(content) || cues.timeRef.test(content) || findDue(content, cues.data.language, null).dueText) return null
  return name
}

function parentheticalTiming(cues: Cues, text: string): string | null {
  for (const match of text.matchAll(/\(([^()]+)\)/gu)) {
    const content = match[1]!.trim()
    if (cues.timeRef.test(content) || findDue(content, cues.data.language, null).dueText || /\b(?:before|by|until|avant|antes|jusqu)\b/iu.test(content)) return content.replace(/\?$/, '').trim()
  }
  return null
}
