/**
 * What a person typed, read as words and phrases: text between a pair of
 * double quotes is a phrase, everything else is plain words. No character is
 * an operator: `NEAR(`, `*`, `-`, `:` and an unpaired quote are only
 * separators between words, so a query can never reach an engine's syntax.
 */
import type {StemQuery} from './engine.js'
import {stemWord, stemmedLanguages, words} from './stem.js'

/** Every clause must match; a clause of one word is a word, of several a phrase. */
export interface ParsedQuery {
  clauses: string[][]
}

export function parseQuery(text: string): ParsedQuery {
  const clauses: string[][] = []
  const seen = new Set<string>()
  const add = (clause: string[]): void => {
    const key = clause.map((word) => word.toLowerCase()).join(' ')
    if (clause.length === 0 || seen.has(key)) return
    seen.add(key)
    clauses.push(clause)
  }
  // Normalise typographic quotes; an odd quote out is a plain character.
  const normal = text.replace(/[“”„«»]/g, '"')
  const quotes = [...normal].filter((character) => character === '"').length
  const last = normal.lastIndexOf('"')
  const usable = quotes % 2 === 1 ? `${normal.slice(0, last)} ${normal.slice(last + 1)}` : normal
  const parts = usable.split('"')
  parts.forEach((part, index) => {
    const found = words(part).map((entry) => entry.word)
    if (index % 2 === 1) add(found)
    else {
      for (const word of found) add([word])
    }
  })
  return {clauses}
}

/**
 * The stems each clause may take: one alternative per language whose
 * stemmer reads it differently (the meeting's language is not known before
 * the hit is found), plus the plain folded words.
 */
export function toStemQuery(parsed: ParsedQuery, languages: readonly string[] = stemmedLanguages): StemQuery {
  return parsed.clauses.map((clause) => {
    const alternatives = new Map<string, string[]>()
    for (const language of [...languages, '']) {
      const stems = clause.map((word) => stemWord(word, language)).filter(Boolean)
      if (stems.length > 0) alternatives.set(stems.join(' '), stems)
    }
    return [...alternatives.values()]
  }).filter((clause) => clause.length > 0)
}
