/**
 * language: the language of every unit and of the document, with franc,
 * limited to the candidate languages (franc without candidates is six times
 * slower and often wrong on short text). Only the opening of a long unit is
 * read: the label it gives the whole is the same nearly always. Units too
 * short to tell inherit the document's language and say so.
 *
 * Most units are plainly in one language. A first, cheap reading counts
 * each candidate's function words (`the`, `que`, `les`, `não`); when one
 * language has at least three of them and three times as many as any other,
 * it is taken. franc reads the rest, which is where its trigrams earn their
 * cost: short, mixed or closely related text.
 *
 * The document as a whole is also read once against every language franc
 * knows: a transcript in a language outside the candidates (Czech, say) is
 * reported, not silently labelled with the nearest candidate, and its units
 * are read with that language added.
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {franc, francAll} from 'franc-min'
import type {Unit} from '../data.js'
import {lexiconData, lexiconLanguages} from '../lexicon/index.js'

import languageCodes from '../lexicon/languages.json' with {type: 'json'}

const iso6393: Record<string, string> = languageCodes
const iso6391 = new Map(Object.entries(iso6393).map(([one, three]) => [three, one]))

export interface LanguageOptions {
  /** Candidate languages, ISO 639-1 (default `['en', 'es', 'fr', 'pt']`). */
  readonly languages?: readonly string[]
  /** Shortest text, in characters, a unit's language is detected from (default `60`). */
  readonly minLength?: number
  /** Characters of a unit that are read (default `300`). */
  readonly sampleLength?: number
}

export const defaultLanguages: readonly string[] = ['en', 'es', 'fr', 'pt']

export default function detectLanguage(options: LanguageOptions = {}) {
  const languages = options.languages ?? defaultLanguages
  const minLength = options.minLength ?? 60
  const sampleLength = options.sampleLength ?? 300
  if (!Array.isArray(languages) || languages.length === 0) {
    throw new TypeError(`Expected \`languages\` to be a non-empty list of ISO 639-1 codes, not \`${String(languages)}\``)
  }
  const only: string[] = []
  const toIso1 = new Map<string, string>()
  for (const language of languages) {
    const code = iso6393[language]
    if (!code) throw new TypeError(`Unknown language \`${language}\`: expected an ISO 639-1 code such as en, es, fr, pt`)
    only.push(code)
    toIso1.set(code, language)
  }
  if (!Number.isInteger(minLength) || minLength < 1) throw new TypeError(`Expected \`minLength\` to be a positive integer, not \`${minLength}\``)
  if (!Number.isInteger(sampleLength) || sampleLength < minLength) {
    throw new TypeError(`Expected \`sampleLength\` to be an integer of at least \`minLength\`, not \`${sampleLength}\``)
  }

  // Each function word with the candidates it belongs to, one bit per candidate.
  const stopwords = languages.every((language) => lexiconLanguages.includes(language))
    ? (() => {
        const owners = new Map<string, number>()
        for (const [index, language] of languages.entries()) {
          for (const word of new Set(lexiconData(language).stopwords)) owners.set(word, (owners.get(word) ?? 0) | (1 << index))
        }
        return owners
      })()
    : undefined
  /** Function words of each candidate in a text, and the two candidates with most. */
  const functionWords = (text: string): {best: number; first: number; second: number} | undefined => {
    if (!stopwords) return undefined
    const counts = languages.map(() => 0)
    for (const word of text.toLowerCase().match(/[\p{L}']+/gu) ?? []) {
      const bits = stopwords.get(word)
      if (bits === undefined) continue
      for (let index = 0; index < counts.length; index++) if (bits & (1 << index)) counts[index]!++
    }
    let best = 0
    for (let index = 1; index < counts.length; index++) if (counts[index]! > counts[best]!) best = index
    let second = 0
    for (let index = 0; index < counts.length; index++) if (index !== best && counts[index]! > second) second = counts[index]!
    return {best, first: counts[best]!, second}
  }
  const byFunctionWords = (text: string): string | undefined => {
    const found = functionWords(text)
    return found && found.first >= 3 && found.first >= 3 * found.second ? languages[found.best] : undefined
  }
  /**
   * Whether a sample is plainly in one candidate language: a dozen of its
   * function words at least, five times as many as any other candidate's.
   * Text in another language (Czech, Italian, German) shares a few short
   * words with the candidates, never that many.
   */
  const plainlyCandidate = (text: string): boolean => {
    const found = functionWords(text)
    return found !== undefined && found.first >= 12 && found.first >= 5 * found.second
  }

  /** The language of the document when franc, free to choose, names one outside the candidates. */
  function outsideCandidates(units: readonly Unit[]): {code: string; language: string} | undefined {
    let sample = ''
    for (const unit of units.slice(Math.floor(units.length / 3))) {
      sample += `${unit.text.text} `
      if (sample.length >= 1000) break
    }
    if (sample.length < 500) return undefined
    // Reading it against every language franc knows is its costliest call: skipped when the function words leave no doubt.
    if (plainlyCandidate(sample.slice(0, 1000))) return undefined
    const [top] = francAll(sample.slice(0, 1000), {minLength: 10})
    if (!top || only.includes(top[0])) return undefined
    const language = iso6391.get(top[0])
    return language ? {code: top[0], language} : undefined
  }

  return (_tree: Root, file: VFile): void => {
    const units = file.data.units ?? []
    const weight = new Map<string, number>()
    const other = outsideCandidates(units)
    const candidates = other ? [...only, other.code] : only
    if (other) {
      toIso1.set(other.code, other.language)
      file.message(
        `The text reads as \`${other.language}\`, which is not among the candidate languages (${languages.join(', ')}); it was detected anyway, but cue phrases for it are missing`,
        {ruleId: 'language-not-a-candidate', source: 'minutes'}
      )
    }
    // A turn is read on its own. A document's blocks (headings, list items,
    // short paragraphs) are read in runs of at least `sampleLength`
    // characters: one call for a run instead of one per bullet.
    const runs: Unit[][] = []
    let run: Unit[] = []
    let length = 0
    for (const unit of units) {
      if (file.data.kind === 'transcript' || unit.text.text.length >= sampleLength) {
        runs.push([unit])
        continue
      }
      run.push(unit)
      length += unit.text.text.length + 1
      if (length >= sampleLength) {
        runs.push(run)
        run = []
        length = 0
      }
    }
    if (run.length > 0) runs.push(run)

    for (const members of runs) {
      const text = members.map((unit) => unit.text.text).join(' ')
      if (text.length < minLength) continue
      const sample = text.slice(0, sampleLength)
      const language = (other ? undefined : byFunctionWords(sample)) ?? toIso1.get(franc(sample, {only: candidates, minLength}))
      if (!language) continue
      for (const unit of members) {
        unit.language = language
        unit.languageSource = 'detected'
      }
      weight.set(language, (weight.get(language) ?? 0) + text.length)
    }

    let documentLanguage: string | undefined
    let best = 0
    const fallback = languages[0] ?? 'en'
    for (const [language, length] of weight) {
      if (length > best) {
        best = length
        documentLanguage = language
      }
    }
    if (!documentLanguage) {
      const all = units.map((unit) => unit.text.text).join(' ').slice(0, 2000)
      documentLanguage = toIso1.get(franc(all, {only: candidates, minLength: 10}))
    }
    const language = documentLanguage ?? fallback
    file.data.language = language
    for (const unit of units) {
      if (unit.languageSource === 'inherited') unit.language = language
    }
  }
}
