/**
 * Words to index terms: lower-cased, stemmed in the passage's language with
 * natural's Porter stemmers (imported by module path: natural's root costs a
 * second to import), then folded to letters without accents, so that
 * "decided" meets "decide", "acordamos" meets "acordar" and "reunion" meets
 * "réunion". The same function runs at index and at query time.
 */
import english from 'natural/lib/natural/stemmers/porter_stemmer.js'
import spanish from 'natural/lib/natural/stemmers/porter_stemmer_es.js'
import french from 'natural/lib/natural/stemmers/porter_stemmer_fr.js'
import portuguese from 'natural/lib/natural/stemmers/porter_stemmer_pt.js'

const stemmers: Record<string, {stem(word: string): string}> = {en: english, es: spanish, fr: french, pt: portuguese}

/** Languages with a stemmer; words of any other language are only folded. */
export const stemmedLanguages = Object.keys(stemmers)

/** Whether each UTF-16 code unit is part of a word (letter, mark or digit): 1, or not: 0; -1 until first asked. */
const wordUnits = new Int8Array(65536).fill(-1)
const wordUnit = /[\p{L}\p{M}\p{N}]/u

function isWordUnit(code: number): boolean {
  // ASCII letters and digits first: most text is mostly ASCII.
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  let known = wordUnits[code]!
  if (known === -1) wordUnits[code] = known = wordUnit.test(String.fromCharCode(code)) ? 1 : 0
  return known === 1
}

/** Call `found` with each word of `text` (a run of letters, marks and digits) and where it starts and ends. */
function eachWord(text: string, found: (word: string, start: number, end: number) => void): void {
  let start = -1
  for (let index = 0; index <= text.length; index++) {
    const inWord = index < text.length && isWordUnit(text.charCodeAt(index))
    if (inWord && start === -1) start = index
    else if (!inWord && start !== -1) {
      found(text.slice(start, index), start, index)
      start = -1
    }
  }
}

/** Lower-case letters without accents or other marks (`Réunion` → `reunion`, `Straße` → `strasse`). */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/ß/g, 'ss').replace(/œ/g, 'oe').replace(/æ/g, 'ae')
}

/** Every word of `text` with where it starts and ends, in order. */
export function words(text: string): Array<{word: string; start: number; end: number}> {
  const found: Array<{word: string; start: number; end: number}> = []
  eachWord(text, (word, start, end) => found.push({word, start, end}))
  return found
}

const caches = new Map<string, Map<string, string>>()

/** The index term of one word in a language: stemmed, then folded. */
export function stemWord(word: string, language: string): string {
  let cache = caches.get(language)
  if (!cache) caches.set(language, (cache = new Map()))
  const known = cache.get(word)
  if (known !== undefined) return known
  const lower = word.toLowerCase()
  const stemmer = stemmers[language]
  let stem = lower
  if (stemmer && !/^\p{N}+$/u.test(lower)) {
    try {
      stem = stemmer.stem(lower) || lower
    } catch {
      stem = lower
    }
  }
  // Stemmers may leave characters outside words (apostrophes); keep letters and digits only.
  const term = fold(stem).replace(/[^\p{L}\p{N}]+/gu, '') || fold(lower).replace(/[^\p{L}\p{N}]+/gu, '')
  if (cache.size > 100_000) cache.clear()
  cache.set(word, term)
  return term
}

/** The index terms of a passage, space-separated, one per word in order. */
export function stemText(text: string, language: string): string {
  const terms: string[] = []
  eachWord(text, (word) => {
    const term = stemWord(word, language)
    if (term) terms.push(term)
  })
  return terms.join(' ')
}
