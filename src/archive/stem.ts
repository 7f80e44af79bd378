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

/** A word: letters (with their combining marks) or a run of digits. */
const wordPattern = /\p{L}[\p{L}\p{M}]*|\p{N}+/gu

/** Lower-case letters without accents or other marks (`Réunion` → `reunion`, `Straße` → `strasse`). */
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/ß/g, 'ss').replace(/œ/g, 'oe').replace(/æ/g, 'ae')
}

/** Every word of `text` with where it starts and ends, in order. */
export function words(text: string): Array<{word: string; start: number; end: number}> {
  const found: Array<{word: string; start: number; end: number}> = []
  for (const match of text.matchAll(wordPattern)) found.push({word: match[0], start: match.index, end: match.index + match[0].length})
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
  for (const match of text.matchAll(wordPattern)) {
    const term = stemWord(match[0], language)
    if (term) terms.push(term)
  }
  return terms.join(' ')
}
