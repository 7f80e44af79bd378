/**
 * language: the language of every unit and of the document, with franc,
 * limited to the candidate languages (franc without candidates is six times
 * slower and often wrong on short text). Only the opening of a long unit is
 * read: the label it gives the whole is the same nearly always. Units too
 * short to tell inherit the document's language and say so.
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {franc} from 'franc-min'
import {createRequire} from 'node:module'
import type {Unit} from '../data.js'

const require = createRequire(import.meta.url)
const iso6393 = require('../lexicon/languages.json') as Record<string, string>

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

  return (_tree: Root, file: VFile): void => {
    const units = file.data.units ?? []
    const weight = new Map<string, number>()
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
      const code = franc(text.slice(0, sampleLength), {only, minLength})
      const language = toIso1.get(code)
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
      documentLanguage = toIso1.get(franc(all, {only, minLength: 10}))
    }
    const language = documentLanguage ?? fallback
    file.data.language = language
    for (const unit of units) {
      if (unit.languageSource === 'inherited') unit.language = language
    }
  }
}
